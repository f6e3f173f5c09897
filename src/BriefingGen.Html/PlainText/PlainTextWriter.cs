using System.Globalization;
using System.Text;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.PlainText;

/// <summary>
/// Writes the document model as readable plain text: each block becomes lines, containers indent
/// or mark their children's lines, and blocks are parted by a blank line (the lines of a list, and
/// of the title block, stay together). Notes are numbered in reading order and listed at the end.
/// </summary>
public sealed class PlainTextWriter
{
    /// <summary>The width lines are wrapped at: what every mail client shows without reflowing.</summary>
    public const int Width = 72;

    private readonly Document _document;
    private readonly StyleSheet _sheet;
    private readonly Dictionary<Type, IPlainTextBlockRenderer> _components;
    private readonly IReadOnlyDictionary<Heading, string> _numbers;
    private readonly IReadOnlySet<string> _anchors;
    private readonly List<IReadOnlyList<Block>> _notes = [];

    internal PlainTextWriter(Document document, StyleSheet sheet, IEnumerable<IPlainTextBlockRenderer> components)
    {
        _document = document;
        _sheet = sheet;
        _components = components.ToDictionary(c => c.BlockType);
        _numbers = HeadingNumbers.For(document.Blocks, sheet.NumberHeadings);
        _anchors = ModelWalker.AnchorIds(document.Blocks);
    }

    /// <summary>The whole document as text, ending in one line break.</summary>
    public string Write()
    {
        var parts = new List<IReadOnlyList<string>>();
        if (_document.Metadata.Classification is { Length: > 0 } marking)
        {
            parts.Add([Clean(marking)]);
        }

        foreach (var section in _document.Sections)
        {
            parts.AddRange(Parts(section.Blocks, Width));
        }

        for (var i = 0; i < _notes.Count; i++)
        {
            if (i == 0)
            {
                parts.Add(Underlined(PageWords.For(_document.Metadata.Language).Notes, '-'));
            }

            var mark = $"[{(i + 1).ToString(CultureInfo.InvariantCulture)}] ";
            parts.Add(Hanging(mark, Join(Parts(_notes[i], Width - mark.Length))));
        }

        if (_document.Metadata.Classification is { Length: > 0 } closing)
        {
            parts.Add([Clean(closing)]);
        }

        return string.Join("\n", Join(parts).Select(l => l.TrimEnd())) + "\n";
    }

    /// <summary>The text of <paramref name="inlines"/> on one line (line breaks kept), with note marks and link addresses.</summary>
    public string Inlines(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            Inline(inline, text);
        }

        return text.ToString();
    }

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/>.</summary>
    public static IEnumerable<string> Wrap(string text, int width) => TextWrap.Lines(text, Math.Max(20, width));

    /// <summary>Each block's lines, one list per block.</summary>
    private List<IReadOnlyList<string>> Parts(IEnumerable<Block> blocks, int width)
    {
        var parts = new List<IReadOnlyList<string>>();
        string? runRole = null;
        foreach (var block in blocks)
        {
            var lines = Block(block, width).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            // Lines of a contextually spaced role (the title block's) stay together, as on paper.
            var role = block is Paragraph p && _sheet.Paragraph(p.Role).ContextualSpacing ? p.Role : null;
            if (role is not null && role == runRole && parts.Count > 0)
            {
                parts[^1] = [.. parts[^1], .. lines];
            }
            else
            {
                parts.Add(lines);
            }

            runRole = role;
        }

        return parts;
    }

    /// <summary>Parts joined with a blank line between them.</summary>
    private static List<string> Join(IEnumerable<IReadOnlyList<string>> parts)
    {
        var lines = new List<string>();
        foreach (var part in parts)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.AddRange(part);
        }

        return lines;
    }

    private IEnumerable<string> Block(Block block, int width) => block switch
    {
        Heading h => Underlined((_numbers.TryGetValue(h, out var n) ? n + " " : "") + Inlines(h.Content), h.Level == 1 ? '=' : '-'),
        Paragraph { Role: ParagraphRoles.Title } p => Underlined(Inlines(p.Content), '='),
        Paragraph p => Wrap(Inlines(p.Content), width),
        ListBlock list => List(list, width),
        Table table => Table(table, width),
        Callout callout => Marked("| ", [.. callout.Title is null ? [] : new[] { Wrap(Typography.CultureCasing.Of(_document.Metadata.Language).ToUpper(Inlines(callout.Title)), width - 2).ToList() }, .. Parts(callout.Blocks, width - 2)]),
        Quote quote => Marked("> ", Parts(quote.Blocks, width - 2)),
        Figure figure => [.. Wrap($"[{figure.AltText}]", width), .. figure.Caption is null ? [] : Wrap(Inlines(figure.Caption), width)],
        TableOfContents toc => Contents(toc),
        PageBreak => [],
        _ when _components.TryGetValue(block.GetType(), out var component) => component.Lines(block, this, width),
        _ => Wrap(InlineText.Of([block]), width),
    };

    private List<string> Underlined(string text, char rule)
    {
        var lines = Wrap(text, Width).ToList();
        lines.Add(new string(rule, lines.Max(TextWrap.Length)));
        return lines;
    }

    private static List<string> Marked(string marker, IEnumerable<IReadOnlyList<string>> parts) =>
        [.. Join(parts).Select(l => marker + l)];

    /// <summary>The first line after <paramref name="mark"/>, the rest indented under its text.</summary>
    private static List<string> Hanging(string mark, IReadOnlyList<string> lines)
    {
        var pad = new string(' ', TextWrap.Length(mark));
        return [.. lines.Select((l, i) => (i == 0 ? mark : l.Length == 0 ? "" : pad) + l)];
    }

    private List<string> List(ListBlock list, int width)
    {
        var lines = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var mark = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + ". " : "• ";
            var parts = Parts(list.Items[i].Blocks, width - mark.Length);
            // A nested list follows its item's text directly; other paragraphs keep their blank line.
            var item = new List<string>();
            foreach (var part in parts)
            {
                if (item.Count > 0 && !(part.Count > 0 && (part[0].StartsWith("• ", StringComparison.Ordinal) || char.IsAsciiDigit(part[0].FirstOrDefault()))))
                {
                    item.Add("");
                }

                item.AddRange(part);
            }

            lines.AddRange(Hanging(mark, item.Count > 0 ? item : [""]));
        }

        return lines;
    }

    /// <summary>A table as labelled rows: each body row's first cell, then every other cell under its column's name.</summary>
    private List<string> Table(Table table, int width)
    {
        var headers = table.HeaderRows.FirstOrDefault()?.Cells.Select(c => CellText(c)).ToList() ?? [];
        var rows = new List<IReadOnlyList<string>>();
        if (table.Caption is not null)
        {
            rows.Add(Wrap(Inlines(table.Caption), width).ToList());
        }

        foreach (var row in table.BodyRows)
        {
            var cells = row.Cells.Select(c => CellText(c)).ToList();
            if (headers.Count == 0)
            {
                rows.Add(Wrap(string.Join(" | ", cells), width).ToList());
                continue;
            }

            var lines = Hanging("- ", Wrap(cells.FirstOrDefault() ?? "", width - 2).ToList());
            for (var i = 1; i < cells.Count; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                var label = i < headers.Count && headers[i].Length > 0 ? headers[i] + ": " : "";
                lines.AddRange(Hanging("  ", Wrap(label + cells[i], width - 2).ToList()));
            }

            rows.Add(lines);
        }

        return Join(rows);
    }

    private string CellText(TableCell cell) => string.Join(" ", cell.Blocks.Select(b => b is Paragraph p ? Inlines(p.Content) : string.Join(" ", Block(b, Width)))).Trim();

    private List<string> Contents(TableOfContents toc)
    {
        if (toc.CaptionRole is { } role)
        {
            var captions = ModelWalker.Anchored(_document.Blocks, role).ToList();
            if (captions.Count == 0)
            {
                return [];
            }

            var list = Underlined(Inlines(toc.Title), '-');
            list.AddRange(captions.Select(caption => Clean(InlineText.Of(caption.Content))));
            return list;
        }

        var lines = Underlined(Inlines(toc.Title), '-');
        foreach (var heading in ModelWalker.Headings(_document.Blocks).Where(h => h.Level <= toc.MaxLevel))
        {
            var number = _numbers.TryGetValue(heading, out var n) ? n + " " : "";
            lines.Add(new string(' ', (heading.Level - 1) * 2) + number + Clean(InlineText.Of(heading.Content)));
        }

        return lines;
    }

    private void Inline(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case Text t:
                text.Append(Clean(t.Value));
                break;
            case Code c:
                text.Append(Clean(c.Value));
                break;
            case LineBreak:
                text.Append('\n');
                break;
            case Link link:
                var label = Inlines(link.Content);
                text.Append(label);
                if (!link.IsInternal && SafeLinks.Href(link.Target, _anchors) is not null && label.Trim() != link.Target)
                {
                    text.Append(" <").Append(Clean(link.Target)).Append('>');
                }

                break;
            case FootnoteReference note:
                _notes.Add(note.Blocks);
                text.Append('[').Append(_notes.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case PageNumber or PageCount:
                break;
            case TrackedChange change:
                var words = PageWords.For(_document.Metadata.Language);
                text.Append('[').Append(change.Kind == TrackedChangeKind.Inserted ? words.Inserted : words.Deleted).Append(": ").Append(Inlines(change.Content)).Append(']');
                break;
            default:
                foreach (var child in inline.Children.OfType<Inline>())
                {
                    Inline(child, text);
                }

                break;
        }
    }

    /// <summary>Data text without control characters, which would break the lines of a message.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Select(c => c == '\n' ? '\n' : char.IsControl(c) ? ' ' : c));
}
