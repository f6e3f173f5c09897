using System.Globalization;
using System.Text;
using BriefingGen.Compose;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Markdown;

/// <summary>Writes the document model as Markdown, escaping every text so that it reads back as the same text.</summary>
public sealed partial class MarkdownWriter
{
    private readonly StringBuilder _out = new();
    private readonly Dictionary<Type, IMarkdownBlockRenderer> _components;
    private readonly List<IReadOnlyList<Block>> _notes;

    internal MarkdownWriter(IEnumerable<IMarkdownBlockRenderer> components)
        : this(components.ToDictionary(c => c.BlockType), [])
    {
    }

    /// <summary>A writer for a nested part (an item, a cell, a note) that numbers notes with its parent.</summary>
    private MarkdownWriter(Dictionary<Type, IMarkdownBlockRenderer> components, List<IReadOnlyList<Block>> notes)
    {
        _components = components;
        _notes = notes;
    }

    private MarkdownWriter Nested() => new(_components, _notes);

    /// <summary>Starts a block: a blank line after whatever came before.</summary>
    public void BeginBlock(string prefix)
    {
        if (_out.Length > 0)
        {
            _out.Append('\n');
        }

        _out.Append(prefix);
    }

    /// <summary>Writes raw Markdown.</summary>
    public void Raw(string markdown) => _out.Append(markdown);

    /// <summary>Writes <paramref name="inlines"/> as Markdown.</summary>
    public void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            Inline(inline);
        }
    }

    /// <inheritdoc />
    public override string ToString() => _out.ToString();

    internal void WriteDocument(Document document)
    {
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            if (i > 0)
            {
                BeginBlock($"<!-- section: {(section.Layout.Landscape ? "landscape" : "portrait")}{(section.Numbering.Restart ? $", pages from {section.Numbering.Print(section.Numbering.Start)}" : "")} -->\n");
            }

            Blocks(section.Blocks, "");
        }

        for (var n = 0; n < _notes.Count; n++)
        {
            BeginBlock($"[^{n + 1}]: ");
            var inner = Nested();
            inner.Blocks(_notes[n], "");
            _out.Append(inner.ToString().TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
        }
    }

    private void Blocks(IEnumerable<Block> blocks, string indent)
    {
        foreach (var block in blocks)
        {
            Block(block, indent);
        }
    }

    private void Block(Block block, string indent)
    {
        switch (block)
        {
            case Heading h:
                BeginBlock(indent + new string('#', h.Level) + " ");
                Inlines(h.Content);
                _out.Append(" {#").Append(h.Id).Append("}\n");
                break;
            case Paragraph p when p.Role == ParagraphRoles.Body || (p.Role == ParagraphRoles.Label && ParagraphRoles.IsLabel(p.Content)):
                // A label reads back as one from its strong text alone.
                BeginBlock(indent);
                Inlines(p.Content);
                _out.Append('\n');
                break;
            case Paragraph p:
                BeginBlock($"{indent}::: {p.Role}\n{indent}");
                Inlines(p.Content);
                _out.Append('\n').Append(indent).Append(":::\n");
                break;
            case ListBlock list:
                ListBlock(list, indent);
                break;
            case Table table:
                Table(table, indent);
                break;
            case Callout callout:
                BeginBlock($"{indent}::: callout {callout.Kind}");
                if (callout.Title is not null)
                {
                    _out.Append(' ');
                    Inlines(callout.Title);
                }

                _out.Append('\n');
                Blocks(callout.Blocks, indent);
                _out.Append(indent).Append(":::\n");
                break;
            case Quote quote:
                var inner = Nested();
                inner.Blocks(quote.Blocks, "");
                BeginBlock(string.Join('\n', inner.ToString().TrimEnd().Split('\n').Select(l => indent + "> " + l)) + "\n");
                break;
            case Figure figure:
                BeginBlock($"{indent}![{MarkdownEscaper.Escape(figure.AltText)}](image.{figure.Image.Format.ToString().ToLowerInvariant()})");
                if (figure.Caption is not null)
                {
                    _out.Append(" \"");
                    Inlines(figure.Caption);
                    _out.Append('"');
                }

                _out.Append(FigureAttributes(figure)).Append('\n');
                break;
            case TableOfContents { CaptionRole: not null } list:
                BeginBlock($"{indent}<!-- list of exhibits: ");
                Inlines(list.Title);
                _out.Append(" -->\n");
                break;
            case TableOfContents toc:
                BeginBlock($"{indent}<!-- table of contents: ");
                Inlines(toc.Title);
                _out.Append(" -->\n");
                break;
            case PageBreak:
                BeginBlock($"{indent}<!-- page break -->\n");
                break;
            default:
                if (_components.TryGetValue(block.GetType(), out var component))
                {
                    component.Write(block, this);
                }
                else
                {
                    BeginBlock($"{indent}<!-- {block.GetType().Name} -->\n");
                }

                break;
        }
    }

    private void ListBlock(ListBlock list, string indent)
    {
        // Items are written without blank lines between them; a list that opens an item starts its writer empty.
        BeginBlock("");
        if (_out.Length > 0)
        {
            _out.Length--;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            var inner = Nested();
            inner.Blocks(list.Items[i].Blocks, "");
            var lines = inner.ToString().TrimEnd().Split('\n');
            var pad = new string(' ', marker.Length);
            _out.Append('\n').Append(indent).Append(marker).Append(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                _out.Append('\n');
                if (line.Length > 0)
                {
                    _out.Append(indent).Append(pad).Append(line);
                }
            }
        }

        _out.Append('\n');
    }

    private void Table(Table table, string indent)
    {
        string Row(TableRow row)
        {
            var cells = row.Cells.Select(c =>
            {
                var inner = Nested();
                foreach (var p in c.Blocks.OfType<Paragraph>())
                {
                    inner.Inlines(p.Content);
                }

                return UnescapedPipe().Replace(inner.ToString(), "\\|");
            });
            return indent + "| " + string.Join(" | ", cells) + " |";
        }

        var first = table.HeaderRows.Count > 0 ? table.HeaderRows[0] : table.BodyRows.FirstOrDefault();
        BeginBlock("");
        _out.Length--;
        _out.Append('\n').Append(first is null ? indent + "|" : Row(first)).Append('\n');
        var separators = table.ColumnWidths.Select((w, i) =>
        {
            var dashes = new string('-', Math.Max(3, (int)Math.Round(w * 60)));
            var alignment = table.BodyRows.FirstOrDefault()?.Cells.ElementAtOrDefault(i)?.Alignment ?? CellAlignment.Left;
            return alignment switch { CellAlignment.Center => ":" + dashes + ":", CellAlignment.Right => dashes + ":", _ => dashes };
        });
        _out.Append(indent).Append('|').Append(string.Join('|', separators)).Append("|\n");
        foreach (var row in table.HeaderRows.Skip(1).Concat(table.BodyRows.Skip(table.HeaderRows.Count > 0 ? 0 : 1)))
        {
            _out.Append(Row(row)).Append('\n');
        }
    }

    private void Inline(Inline inline)
    {
        switch (inline)
        {
            case Text t:
                _out.Append(MarkdownEscaper.EscapeInline(t.Value));
                break;
            case Code c:
                var fence = new string('`', LongestRun(c.Value) + 1);
                var pad = c.Value.StartsWith('`') || c.Value.EndsWith('`') ? " " : "";
                _out.Append(fence).Append(pad).Append(c.Value).Append(pad).Append(fence);
                break;
            case Emphasis e:
                _out.Append('*');
                Inlines(e.Content);
                _out.Append('*');
                break;
            case Strong s:
                _out.Append("**");
                Inlines(s.Content);
                _out.Append("**");
                break;
            case ShadedText s:
                _out.Append("**");
                Inlines(s.Content);
                _out.Append("**");
                break;
            case TrackedChange change:
                // CriticMarkup, the plain-text form of insertions and deletions.
                _out.Append(change.Kind == TrackedChangeKind.Inserted ? "{++" : "{--");
                Inlines(change.Content);
                _out.Append(change.Kind == TrackedChangeKind.Inserted ? "++}" : "--}");
                break;
            case Link l:
                _out.Append('[');
                Inlines(l.Content);
                _out.Append("](<").Append(l.Target.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)).Append(">)");
                break;
            case LineBreak:
                _out.Append("\\\n");
                break;
            case FootnoteReference f:
                _notes.Add(f.Blocks);
                _out.Append("[^").Append(_notes.Count).Append(']');
                break;
            case PageNumber:
                _out.Append(Placeholders.Page);
                break;
            case PageCount:
                _out.Append(Placeholders.Pages);
                break;
            default:
                _out.Append(MarkdownEscaper.Escape(inline.PlainText));
                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)\|")]
    private static partial System.Text.RegularExpressions.Regex UnescapedPipe();

    private static int LongestRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A picture's height and place as the template wrote them, <c>{height=16mm align=left}</c>, or nothing.</summary>
    private static string FigureAttributes(Figure figure)
    {
        var parts = new List<string>();
        if (figure.Height is { } height)
        {
            parts.Add("height=" + (height * 25.4 / 72).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "mm");
        }

        if (figure.Alignment != FigureAlignment.Center)
        {
            parts.Add("align=" + figure.Alignment.ToString().ToLowerInvariant());
        }

        return parts.Count == 0 ? "" : "{" + string.Join(' ', parts) + "}";
    }
}
