using System.Globalization;
using BriefingGen.Compose;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Typography;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = BriefingGen.Model.Block;
using Inline = BriefingGen.Model.Inline;
using MdBlock = Markdig.Syntax.Block;

namespace BriefingGen.Markup;

/// <summary>
/// Stage 3: reads the composed Markdown into the document model. The template's Markdown gives the
/// structure — headings, paragraphs, lists, callouts (<c>::: callout KIND Title</c>), paragraph
/// roles (<c>::: lead</c>) — and slot marks are put back as the nodes they stand for: data text
/// with its origin, components' blocks, tables, and fields read as Markdown on their own.
/// </summary>
internal sealed partial class PaperReader
{
    private readonly SlotTable _slots;
    private readonly ImageLoader _images;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _source;
    private readonly HeadingIds _ids;
    private readonly MarkdownPipeline _pipeline;
    private readonly Origin? _origin;
    private readonly InlineReader _inlines;
    private readonly HashSet<Footnote> _openNotes;
    private readonly HashSet<Footnote> _citedNotes;
    private readonly Typesetter? _typesetter;
    private readonly ExhibitNumbers _exhibits;

    /// <summary>The notes of the Markdown this reader read first, its own; the cells of its tables, parsed on their own, cite them.</summary>
    private IReadOnlyDictionary<string, FootnoteLinkReferenceDefinition>? _notes;

    private PaperReader(SlotTable slots, ImageLoader images, DiagnosticBag diagnostics, string source, HeadingIds ids, MarkdownPipeline pipeline, Origin? origin, (HashSet<Footnote> Open, HashSet<Footnote> Cited) notes, Typesetter? typesetter, ExhibitNumbers exhibits)
    {
        _exhibits = exhibits;
        _typesetter = typesetter;
        _slots = slots;
        _images = images;
        _diagnostics = diagnostics;
        _source = source;
        _ids = ids;
        _pipeline = pipeline;
        _origin = origin;
        _openNotes = notes.Open;
        _citedNotes = notes.Cited;
        _inlines = new InlineReader(this);
    }

    /// <summary>Reads the composed paper into blocks (section breaks included, for <see cref="SectionSplitter"/>).</summary>
    /// <param name="markdown">The composed Markdown with slot marks.</param>
    /// <param name="slots">The slots the marks stand for.</param>
    /// <param name="images">Where figures may come from.</param>
    /// <param name="source">What to call the Markdown in messages (the main template's path).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="typesetter">The punctuation and language marks of the paper's language; null leaves text as written.</param>
    /// <param name="exhibitLabel">The word that names an exhibit in the paper's language ("Exhibit").</param>
    public static List<Block> Read(string markdown, SlotTable slots, ImageLoader images, string source, DiagnosticBag diagnostics, Typesetter? typesetter = null, string exhibitLabel = "Exhibit")
    {
        var ids = new HeadingIds();
        var exhibits = new ExhibitNumbers(exhibitLabel);
        var reader = new PaperReader(slots, images, diagnostics, source, ids, MarkdownPipelines.Template, null, (new HashSet<Footnote>(ReferenceEqualityComparer.Instance), new HashSet<Footnote>(ReferenceEqualityComparer.Instance)), typesetter, exhibits);
        var document = reader.Parse(PipeTables.Extract(markdown, slots), new SourceLocation($"{source} (composed Markdown)", 0, 0), "");
        if (document is null)
        {
            return [];
        }

        // Exhibits are numbered before anything is read, so a reference may point forward; their
        // ids are kept from headings, so a heading's id never takes an exhibit's.
        exhibits.Scan(document, container => reader.ExhibitArguments(container).Id);
        ids.Reserve(exhibits.Ids);
        var blocks = reader.Document(document, ParagraphRoles.Body);
        foreach (var (id, at, path) in ids.Unresolved())
        {
            diagnostics.Warning(at, path, $"the link to \"#{Excerpt.Of(id)}\" leads to no heading or exhibit of the paper, so only its text is printed; link to an exhibit's id, or to a heading's (its {{#id}}, or its words in lower case joined by hyphens)");
        }

        return blocks;
    }

    /// <summary>Notes a link to the paper's own <paramref name="id"/>, written at <paramref name="at"/>, to be checked once every heading has its id.</summary>
    internal void LinkTo(string id, MarkdownObject at) => _ids.LinkTo(id, Where(at.Line, at.Column), _origin?.Path ?? "");

    /// <summary>
    /// A whole parsed Markdown text's blocks; a note it defines that nothing cited, or defines a
    /// second time under the same label, is told, since it cannot be printed.
    /// </summary>
    private List<Block> Document(MarkdownDocument document, string role)
    {
        var blocks = Blocks(document, role);
        foreach (var again in FootnoteMarkParser.Repeated(document))
        {
            // Markdig places a note's block after its "[^label]:"; the warning points at the "[".
            var column = again.Column - Math.Max(0, again.Span.Start - (again.LabelSpan.Start - 1));
            _diagnostics.Warning(Where(again.Line, Math.Max(0, column)), _origin?.Path ?? "", $"footnote [{again.Label}] is defined more than once, and only its first definition is printed; give each note a label of its own, or remove this one");
        }

        foreach (var definition in _notes?.Values ?? [])
        {
            if (definition.Footnote is { } note && !_citedNotes.Contains(note))
            {
                Warn(definition, $"footnote [{note.Label}] is defined but never cited, so it is not printed; cite it where it belongs with [{note.Label}], or remove it");
            }
        }

        return blocks;
    }

    /// <summary>Text with slot marks put back: the template's own pieces as plain text, slots as their inlines.</summary>
    internal IEnumerable<Inline> Text(string raw)
    {
        Inline? lastOfSlot = null;
        foreach (var (text, id, isBlock) in SlotMarks.Split(raw))
        {
            if (text is not null)
            {
                // The template's own text, and character references a Markdown field spells out
                // (&#1;), may hold characters no document can; they go here, as data's did on reading.
                var own = lastOfSlot is null ? text : SentenceStops.AfterValue(lastOfSlot.PlainText, text);
                lastOfSlot = null;
                if (own.Length > 0)
                {
                    yield return Stamp(new Text(Data.TextCleaner.Clean(own, out _)));
                }

                continue;
            }

            foreach (var inline in SlotInlines(id, isBlock))
            {
                lastOfSlot = inline;
                yield return inline;
            }
        }
    }

    /// <summary>The plain text of <paramref name="raw"/> with slots put back (a URL, an image path, a callout title).</summary>
    internal string PlainText(string raw) => SlotMarks.Any(raw) ? InlineText.Of(Text(raw)) : raw;

    /// <summary>A paragraph's text typeset in the paper's language: its punctuation, the language of words in other scripts, and note marks kept apart.</summary>
    internal IReadOnlyList<Inline> Typeset(IReadOnlyList<Inline> content)
    {
        var separated = NoteMarks.Separate(content);
        return _typesetter is null ? separated : _typesetter.Apply(separated);
    }

    /// <summary>Gives <paramref name="node"/> the origin of the field being read, when reading one.</summary>
    internal T Stamp<T>(T node)
        where T : Node
    {
        if (_origin is null || node.Origin is not null)
        {
            return node;
        }

        Node stamped = node with { Origin = _origin };
        return (T)stamped;
    }

    /// <summary>A footnote mark with its note; a note that cites itself, directly or through others, prints the inner citation as text.</summary>
    internal Inline Footnote(Footnote note)
    {
        _citedNotes.Add(note);

        // Markdig keeps a note's label with its caret.
        if (!_openNotes.Add(note))
        {
            Warn(note, $"footnote [{note.Label}] cites itself; the citation inside it is printed as text");
            return Stamp(new Text($"[{note.Label}]"));
        }

        try
        {
            return Stamp(new FootnoteReference(Blocks(note, ParagraphRoles.Note)));
        }
        finally
        {
            _openNotes.Remove(note);
        }
    }

    /// <summary>A footnote mark with no note: a warning, and the mark printed as written, the same in every format.</summary>
    internal IEnumerable<Inline> MissingFootnote(MissingFootnoteMark mark)
    {
        Warn(mark, $"footnote [^{mark.Label}] is cited but not defined here, so it is printed as text; define it on a line of its own after the paragraph: [^{mark.Label}]: The note's text.");
        return Text(mark.Written);
    }

    /// <summary>
    /// Parses <paramref name="markdown"/> with this reader's pipeline, turning Markdig's nesting limit
    /// into a diagnostic, and refusing first text that would take the parser quadratic time.
    /// </summary>
    private MarkdownDocument? Parse(string markdown, SourceLocation location, string path)
    {
        if (MarkdownWorkload.Exceeds(markdown) is { } worst)
        {
            _diagnostics.Error(location, path, $"the Markdown holds too many unclosed link targets '](' or attribute braces '{{' to read: {worst.Openings:N0} in a paragraph of {worst.Length:N0} characters; split it into paragraphs, or write a backslash before a [ or {{ meant as text");
            return null;
        }

        MarkdownDocument? document;
        try
        {
            var context = new MarkdownParserContext();
            if (_notes is not null)
            {
                context.Properties[FootnoteMarkParser.OuterNotesKey] = _notes;
            }

            document = Markdown.Parse(markdown, _pipeline, context);
            _notes ??= FootnoteMarkParser.Notes(document);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            document = null;
        }

        // Markdig's own limit covers quotes and lists; emphasis and links are counted here.
        if (document is null || MarkdownDepth.Exceeds(document, MaxNesting))
        {
            _diagnostics.Error(location, path, $"the Markdown is nested too deeply: quotes, lists, links or emphasis open inside each other more than {MaxNesting} times; flatten it, or write a backslash before a [ or * meant as text");
            return null;
        }

        return document;
    }

    /// <summary>How deeply Markdown may nest, blocks and inlines counted together; the README's limit.</summary>
    private const int MaxNesting = 100;

    private List<Block> Blocks(ContainerBlock container, string role)
    {
        var blocks = new List<Block>();
        foreach (var block in container)
        {
            if (block is CustomContainer { Info: ExhibitNumbers.ContainerName } exhibit)
            {
                blocks.AddRange(Exhibit(exhibit, role));
                continue;
            }

            // A container other than a callout names a role for the paragraphs inside it and adds
            // no box of its own, so its content joins the surrounding blocks.
            if (block is CustomContainer { Info: not "callout" } roleContainer)
            {
                var info = roleContainer.Info ?? "";
                blocks.AddRange(Blocks(roleContainer, info.Length == 0 ? role : info));
                continue;
            }

            if (block is ParagraphBlock paragraph && BlockMarks(paragraph) is { } marks)
            {
                foreach (var id in marks)
                {
                    blocks.AddRange(SlotBlocks(id, role, paragraph));
                }

                continue;
            }

            if (Block(block, role) is { } converted)
            {
                blocks.Add(converted);
            }
        }

        return blocks;
    }

    private Block? Block(MdBlock block, string role) => block switch
    {
        HeadingBlock heading => Heading(heading),
        ParagraphBlock paragraph => Paragraph(paragraph, role),
        Markdig.Syntax.ListBlock list => List(list, role),
        QuoteBlock quote => Stamp(new Quote(Blocks(quote, role))),
        CustomContainer container => Callout(container, role),
        CodeBlock code => CodeParagraph(code),
        _ => null, // thematic breaks, link definitions, footnote groups (notes travel with their marks)
    };

    private Heading Heading(HeadingBlock heading)
    {
        // The id comes from the text as typed, so a link written to it finds it whatever the punctuation.
        var content = _inlines.Read(heading.Inline);
        return Stamp(new Heading(heading.Level, Typeset(content), _ids.Next(heading.TryGetAttributes()?.Id, InlineText.Of(content))));
    }

    private Block Paragraph(ParagraphBlock paragraph, string role)
    {
        // A paragraph that is a picture and nothing else is a figure; its title is the caption.
        if (paragraph.Inline?.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null)
        {
            var path = PlainText(image.Url ?? "");
            // A path from a data value of its own is told at that value; one written in the text, at its line.
            var own = OriginOf(image.Url ?? "");
            var origin = own ?? _origin;
            var at = own?.Location ?? At(paragraph);
            var data = _images.Load(path, out var error);
            if (data is not null)
            {
                var caption = string.IsNullOrWhiteSpace(image.Title) ? null : Typeset(Text(image.Title).ToList());
                var alt = _inlines.PlainText(image).Trim();
                if (alt.Length == 0)
                {
                    _diagnostics.Warning(at, origin?.Path ?? "", $"the picture '{path}' has no alternative text; screen readers will say nothing for it. Write what it shows between the brackets: ![A map of the Barents Sea]({path})");
                }

                var (height, alignment) = FigureAttributes.Read(image.TryGetAttributes(), out var attributeError);
                if (attributeError is not null)
                {
                    _diagnostics.Error(at, origin?.Path ?? "", $"the picture '{path}': {attributeError}");
                }

                return new Figure(data, alt, caption) { Origin = origin, Height = height, Alignment = alignment };
            }

            _diagnostics.Error(at, origin?.Path ?? "", error);
        }

        // A paragraph of running text that is all strong labels what follows ("**Commitments**" over a list).
        var content = Typeset(_inlines.Read(paragraph.Inline));
        var label = role == ParagraphRoles.Body && paragraph.Parent is MarkdownDocument && ParagraphRoles.IsLabel(content);
        return Stamp(new Paragraph(content, label ? ParagraphRoles.Label : role));
    }

    private Model.ListBlock List(Markdig.Syntax.ListBlock list, string role)
    {
        var items = list.OfType<ListItemBlock>().Select(item => Stamp(new ListItem(Blocks(item, role)))).ToList();
        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        return Stamp(new Model.ListBlock(list.IsOrdered, items, start));
    }

    private Callout Callout(CustomContainer container, string role)
    {
        var arguments = Unescape(container.Arguments ?? "").Trim();
        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        var kind = space < 0 ? arguments : arguments[..space];
        var title = space < 0 ? "" : arguments[(space + 1)..].Trim();
        return Stamp(new Callout(kind.Length == 0 ? "note" : PlainText(kind), title.Length == 0 ? null : Text(title).ToList(), Blocks(container, role)));
    }

    /// <summary>The id and title an exhibit container declares: <c>::: exhibit ID Title</c>.</summary>
    private (string? Id, string Title) ExhibitArguments(CustomContainer container)
    {
        var arguments = Unescape(container.Arguments ?? "").Trim();
        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        var id = PlainText(space < 0 ? arguments : arguments[..space]).Trim();
        return (ExhibitId().IsMatch(id) ? id : null, space < 0 ? "" : arguments[(space + 1)..].Trim());
    }

    /// <summary>
    /// An exhibit: its numbered caption ("Exhibit 3: Port calls by municipality") above, anchored for
    /// cross-references and the list of exhibits and kept with what follows; then its content — a
    /// chart, table or picture — and its source line (an <c>exhibit-source</c> container inside it).
    /// </summary>
    private IEnumerable<Block> Exhibit(CustomContainer container, string role)
    {
        var (id, title) = ExhibitArguments(container);
        if (id is null)
        {
            _diagnostics.Error(At(container), _origin?.Path ?? "", "an exhibit needs an id of lower-case letters, digits and hyphens before its title: ::: exhibit port-calls Port calls by municipality");
            return Blocks(container, role);
        }

        if (!_exhibits.Claim(id))
        {
            _diagnostics.Error(At(container), _origin?.Path ?? "", $"two exhibits have the id \"{id}\"; each exhibit needs its own, so that references to it are not ambiguous");
        }

        var caption = new List<Inline> { Stamp(new Text(_exhibits.NameOf(id) + (title.Length == 0 ? "" : ": "))) };
        caption.AddRange(Text(title));
        return [Stamp(new Paragraph(Typeset(caption), ParagraphRoles.ExhibitTitle) { Anchor = id }), .. Blocks(container, role)];
    }

    /// <summary>
    /// A link with no text to <paramref name="url"/>: a cross-reference, which names its exhibit
    /// ("Exhibit 3"). One to no exhibit is an error: the paper would otherwise print a link to nothing.
    /// </summary>
    internal IEnumerable<Inline> CrossReference(string url, MarkdownObject at)
    {
        if (url.Length > 1 && url[0] == '#' && _exhibits.NameOf(url[1..]) is { } name)
        {
            return [Stamp(new Link(url, [Stamp(new Text(name))]))];
        }

        _diagnostics.Error(Where(at.Line, at.Column), _origin?.Path ?? "", $"the link to \"{url}\" has no text and no exhibit has the id \"{url.TrimStart('#')}\"; a reference to an exhibit is written [](#its-id), and other links need their text between the brackets");
        return [];
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex ExhibitId();

    private Paragraph CodeParagraph(LeafBlock code)
    {
        var inlines = new List<Inline>();
        var lines = code.Lines.Lines is null ? [] : code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                inlines.Add(Stamp(new LineBreak()));
            }

            inlines.AddRange(Text(lines[i]).Select(t => t is Text text ? Stamp(new Code(text.Value) { Origin = text.Origin }) : t));
        }

        return Stamp(new Paragraph(inlines, "code"));
    }

    private SourceLocation At(MdBlock block) => Where(block.Line, block.Column);

    internal void Warn(MarkdownObject at, string message) =>
        _diagnostics.Warning(Where(at.Line, at.Column), _origin?.Path ?? "", message);

    /// <summary>
    /// The place in the user's files of Markdown's zero-based <paramref name="line"/> and
    /// <paramref name="column"/>: in a field written as a literal block, that line of the data
    /// file; in another field, the field; in the template's own Markdown, the composed Markdown's line.
    /// </summary>
    internal SourceLocation Where(int line, int column) => _origin switch
    {
        { BlockTextStart: { } start } => new SourceLocation(start.File, start.Line + line, start.Column + column),
        { } origin => origin.Location,
        null => new SourceLocation($"{_source} (composed Markdown)", line + 1, column + 1),
    };

    /// <summary>Removes CommonMark backslash escapes (before ASCII punctuation) from text Markdig leaves raw.</summary>
    internal static string Unescape(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && CommonMark.IsAsciiPunctuation(text[i + 1]))
            {
                i++;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }
}
