using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;

namespace BriefingGen.Markup;

/// <summary>
/// Reads a footnote mark, <c>[^label]</c>, as a mark and nothing else. Markdig leaves marks to its
/// link parser, which reads <c>[^a][^b]</c> as a link to note b with the text "^a" and drops note a,
/// and <c>[text][^a]</c> as a mark that drops the text. Here every mark is read on its own before
/// links are looked at, and the notes are taken out of the link definitions so no link can swallow
/// one. A mark whose note is not defined becomes a <see cref="MissingFootnoteMark"/>, for the reader
/// to report and print as written.
/// </summary>
internal sealed class FootnoteMarkParser : InlineParser
{
    /// <summary>The key under which a <see cref="MarkdownParserContext"/> carries the notes of the Markdown around a piece parsed on its own (a table cell).</summary>
    public static readonly object OuterNotesKey = typeof(FootnoteMarkParser);

    private static readonly object NotesKey = new();

    private static readonly object RepeatedKey = new();

    // An image's "![" is the link parser's alone; this parser sees it only to take the notes out first.
    public FootnoteMarkParser() => OpeningCharacters = ['[', '!'];

    /// <summary>Adds the parser to <paramref name="builder"/>, ahead of the link parser it must run before.</summary>
    public static MarkdownPipelineBuilder AddTo(MarkdownPipelineBuilder builder)
    {
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteMarkParser());
        return builder;
    }

    /// <summary>
    /// The notes <paramref name="document"/> defines, by label (with its caret, as Markdig keeps it,
    /// matched as link labels are: case and runs of spaces do not count). The first call takes them
    /// out of the document's link definitions.
    /// </summary>
    public static IReadOnlyDictionary<string, FootnoteLinkReferenceDefinition> Notes(MarkdownDocument document)
    {
        if (document.GetData(NotesKey) is Dictionary<string, FootnoteLinkReferenceDefinition> known)
        {
            return known;
        }

        var links = document.GetLinkReferenceDefinitions(false).Links;
        var notes = new Dictionary<string, FootnoteLinkReferenceDefinition>(links.Comparer);

        // Markdig keeps a label's first definition and, once the text is read, drops the notes no
        // mark cites, a second definition among them: it is noted while it is still there.
        document.SetData(RepeatedKey, document.Descendants<Footnote>().GroupBy(n => n.Label ?? "", links.Comparer).SelectMany(g => g.Skip(1)).ToList());
        foreach (var (label, definition) in links.Where(l => l.Value is FootnoteLinkReferenceDefinition).ToList())
        {
            notes[label] = (FootnoteLinkReferenceDefinition)definition;
            links.Remove(label);
        }

        document.SetData(NotesKey, notes);
        return notes;
    }

    /// <summary>The definitions of <paramref name="document"/> that repeat an earlier one's label, and are not printed.</summary>
    public static IReadOnlyList<Footnote> Repeated(MarkdownDocument document)
    {
        _ = Notes(document);
        return document.GetData(RepeatedKey) as List<Footnote> ?? [];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var notes = Notes(processor.Document);
        if (slice.CurrentChar != '[' || slice.PeekChar() != '^')
        {
            return false;
        }

        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var label = slice;
        if (!LinkHelper.TryParseLabel(ref label, out var name, out _) || name.Length < 2)
        {
            return false;
        }

        var span = new SourceSpan(position, processor.GetSourcePosition(label.Start - 1));
        FootnoteLink? mark = null;
        if (notes.TryGetValue(name, out var own))
        {
            // Markdig's own callback numbers the note and keeps it in the document.
            mark = (FootnoteLink)own.CreateLinkInline!(processor, own, null);
        }
        else if (Outer(processor)?.TryGetValue(name, out var outer) == true)
        {
            mark = new FootnoteLink(outer.Footnote);
        }

        if (mark is not null)
        {
            mark.Span = span;
            mark.Line = line;
            mark.Column = column;
            processor.Inline = mark;
            slice = label;
            return true;
        }

        // "[^x](url)" and "[^x][ref]" are links whose text happens to start with a caret.
        if (label.CurrentChar == '(' || label.CurrentChar == '[' && label.PeekChar() != '^')
        {
            return false;
        }

        processor.Inline = new MissingFootnoteMark(name[1..], slice.Text.Substring(start, label.Start - start)) { Span = span, Line = line, Column = column };
        slice = label;
        return true;
    }

    private static IReadOnlyDictionary<string, FootnoteLinkReferenceDefinition>? Outer(InlineProcessor processor) =>
        processor.Context?.Properties.TryGetValue(OuterNotesKey, out var notes) == true ? notes as IReadOnlyDictionary<string, FootnoteLinkReferenceDefinition> : null;
}
