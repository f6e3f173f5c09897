using BriefingGen.Compose;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Markdig.Syntax;
using Block = BriefingGen.Model.Block;
using Inline = BriefingGen.Model.Inline;

namespace BriefingGen.Markup;

/// <summary>Putting slots back: blocks where a mark stands alone, inlines where it stands in a line.</summary>
internal sealed partial class PaperReader
{
    /// <summary>The slot numbers of a paragraph made of block marks and nothing else, or null.</summary>
    private static List<int>? BlockMarks(ParagraphBlock paragraph)
    {
        // Markdig keeps a paragraph's text in its inlines once parsed; marks are plain literals there.
        var text = new System.Text.StringBuilder();
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case Markdig.Syntax.Inlines.LineBreakInline:
                    text.Append('\n');
                    break;
                default:
                    return null;
            }
        }

        var content = text.ToString();
        if (content.IndexOf(SlotMarks.BlockOpen) < 0)
        {
            return null;
        }

        var ids = new List<int>();
        foreach (var (plain, id, isBlock) in SlotMarks.Split(content))
        {
            if (plain is not null && plain.Trim().Length > 0 || plain is null && !isBlock)
            {
                return null;
            }

            if (plain is null)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>The blocks slot <paramref name="id"/> stands for, standing alone as a paragraph would in <paramref name="role"/>.</summary>
    private IEnumerable<Block> SlotBlocks(int id, string role, ParagraphBlock at) => _slots.Get(id) switch
    {
        BlockSlot { Block: TableOptions } => StrayTableOptions(),
        BlockSlot slot => [slot.Block],
        TableSlot slot => Table(slot.Table) is { } table ? [table] : [],
        ProseSlot slot => Prose(slot, role),
        InlineSlot slot => [Stamp(new Paragraph(slot.Inlines, role))],
        _ => [],
    };

    /// <summary>The inlines slot <paramref name="id"/> stands for inside a line of text.</summary>
    private IEnumerable<Inline> SlotInlines(int id, bool isBlock)
    {
        switch (_slots.Get(id))
        {
            case InlineSlot slot:
                return slot.Inlines;
            case ProseSlot slot:
                return ProseInline(slot);
            case BlockSlot slot:
                _diagnostics.Error(SourceLocation.OfFile($"{_source} (composed Markdown)"), "", $"a {Describe(slot.Block)} must stand on a line of its own in the template, not inside a line of text");
                return [];
            case TableSlot slot:
                // PipeTables puts every table on lines of its own; one can still land inside
                // other text, such as a link's. Dropping it unseen would lose its rows.
                _diagnostics.Error(At(slot.Table), _origin?.Path ?? "", "a table must start on a line of its own, with a blank line before it, not inside other text");
                return [];
            default:
                _ = isBlock;
                return [];
        }
    }

    /// <summary>The origin of the first data value in <paramref name="raw"/>, or null.</summary>
    private Origin? OriginOf(string raw) =>
        SlotMarks.Split(raw)
            .Where(p => p.Text is null)
            .Select(p => _slots.Get(p.Slot) is InlineSlot slot ? slot.Inlines.Select(i => i.Origin).FirstOrDefault(o => o is not null) : null)
            .FirstOrDefault(o => o is not null);

    /// <summary>A field that holds Markdown, read on its own with the prose pipeline; every node keeps the field's origin.</summary>
    private List<Block> Prose(ProseSlot slot, string role)
    {
        var local = new SlotTable();
        var reader = new PaperReader(local, _images, _diagnostics, _source, _ids, MarkdownPipelines.Prose, slot.Origin, (_openNotes, _citedNotes), _typesetter, _exhibits);
        var location = slot.Origin?.Location ?? SourceLocation.OfFile($"{_source} (composed Markdown)");
        if (HeadingLine().Match(slot.Markdown) is { Success: true } heading)
        {
            var line = heading.Value.Trim();
            var at = slot.Origin?.BlockTextStart is null ? location : reader.Where(slot.Markdown.AsSpan(0, heading.Index).Count('\n'), 0);
            _diagnostics.Warning(at, slot.Origin?.Path ?? "", $"a field cannot add a heading to the paper (headings come from the template), so \"{Excerpt.Of(line)}\" is printed as written");
        }

        var document = reader.Parse(PipeTables.Extract(slot.Markdown, local), location, slot.Origin?.Path ?? "");
        return document is null ? [] : reader.Document(document, role);
    }

    /// <summary>A line that would be a heading in a template's Markdown.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^ {0,3}#{1,6}(?=[ \t]|$).*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex HeadingLine();

    /// <summary>A Markdown field used inside a line: its paragraphs joined by line breaks; anything else loses its structure, with a warning.</summary>
    private List<Inline> ProseInline(ProseSlot slot)
    {
        var blocks = Prose(slot, ParagraphRoles.Body);
        var inlines = new List<Inline>();
        foreach (var block in blocks)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak { Origin = slot.Origin });
            }

            if (block is Paragraph paragraph)
            {
                inlines.AddRange(paragraph.Content);
                continue;
            }

            _diagnostics.Warning(slot.Origin?.Location ?? SourceLocation.OfFile(_source), slot.Origin?.Path ?? "", $"this field is printed inside a line (a table cell or a heading), where its {Describe(block)} shows as plain text");
            inlines.Add(new Text(InlineText.Of([block])) { Origin = slot.Origin });
        }

        return inlines;
    }

    private static string Describe(Block block) => block switch
    {
        Model.ListBlock => "list",
        Model.Table => "table",
        Quote => "quote",
        Model.Heading => "heading",
        _ => block.GetType().Name.ToLowerInvariant(),
    };
}
