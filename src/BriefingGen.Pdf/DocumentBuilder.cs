using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf;

/// <summary>
/// Turns the document model into layout elements, block by block, with the same roles and
/// spacing as the Word output. Footnotes become endnotes at the end of the paper, linked both ways.
/// A fresh builder makes a fresh tree: each layout pass needs its own, since drawing advances it.
/// </summary>
internal sealed class DocumentBuilder
{
    private const double HeadingNumberIndent = 28.35;
    private readonly Document _document;
    private readonly PdfStyles _styles;
    private readonly FontBook _fonts;
    private readonly TextLayouter _layouter;
    private readonly double _contentHeight;
    private readonly IReadOnlyDictionary<Heading, string> _numbers;
    private readonly List<IReadOnlyList<Block>> _notes = [];

    public DocumentBuilder(Document document, PdfStyles styles, FontBook fonts, double contentHeight)
    {
        _document = document;
        _styles = styles;
        _fonts = fonts;
        _layouter = new TextLayouter(fonts);
        _contentHeight = contentHeight;
        _numbers = HeadingNumbers.For(document.Blocks, styles.Theme.NumberHeadings);
    }

    /// <summary>The local context of a block: a style that replaces the role's (table cells), colour and alignment.</summary>
    private sealed record Scope(TextStyle? Style = null, TextAlignment Alignment = TextAlignment.Left, double? SpaceAfter = null, bool InCell = false);

    /// <summary>The whole paper as one column.</summary>
    public Element Build()
    {
        var elements = Blocks(_document.Blocks, new Scope());
        if (_notes.Count > 0)
        {
            elements.Add(Endnotes());
        }

        return new ColumnElement(elements);
    }

    private List<Element> Blocks(IReadOnlyList<Block> blocks, Scope scope)
    {
        var elements = new List<Element>();
        for (var i = 0; i < blocks.Count; i++)
        {
            // Title-block lines form one group with a rule under the last, as Word's paragraph borders do.
            if (blocks[i] is Model.Paragraph { Role: ParagraphRoles.Meta } && scope.Style is null)
            {
                var group = new List<Element>();
                while (i < blocks.Count && blocks[i] is Model.Paragraph { Role: ParagraphRoles.Meta } meta)
                {
                    group.Add(Paragraph(meta, scope));
                    i++;
                }

                i--;
                elements.Add(new BoxElement(new ColumnElement(group))
                {
                    Padding = (0, 0, 0, 8),
                    BottomRule = (1, _styles.Theme.Colors.Accent),
                    SpaceAfter = 18,
                });
                continue;
            }

            elements.Add(Block(blocks[i], scope));
        }

        return elements;
    }

    private Element Block(Block block, Scope scope) => block switch
    {
        Heading h => Heading(h),
        Model.Paragraph p => Paragraph(p, scope),
        ListBlock l => List(l, scope, 0),
        Table t => Table(t),
        Callout c => Callout(c),
        Quote q => Quote(q, scope),
        Figure f => Figure(f),
        PageBreak => new PageBreakElement(),
        TableOfContents toc => TableOfContents(toc),
        RiskMatrix m => new RiskMatrixElement(m, _styles.Theme, _fonts, _layouter, _styles.TableText with { Color = _styles.Theme.Colors.Muted }, _contentHeight)
        {
            SpaceAfter = _styles.Theme.ParagraphSpacing,
            Tag = new StructureNode("Figure", $"{m.LikelihoodLabel} × {m.ImpactLabel}: " + string.Join(", ", m.Risks.Select(r => $"{r.Id} {r.Likelihood} × {r.Impact}"))),
        },
        _ => throw new NotSupportedException($"no PDF layout for {block.GetType().Name}"),
    };

    /// <summary>The tallest title or heading kept whole: half a page; anything taller splits.</summary>
    private double KeepLimit => _contentHeight / 2;

    private Element Heading(Heading heading)
    {
        var style = _styles.HeadingLevel(heading.Level);
        var title = PlainText(heading.Content);
        var number = _numbers.TryGetValue(heading, out var n) ? n : null;
        var text = new ParagraphElement(Spans(heading.Content, style), _layouter, style)
        {
            KeepTogetherUpTo = KeepLimit,
            Destination = heading.Id,
            OutlineEntry = (heading.Level, number is null ? title : $"{number} {title}"),
        };
        Element element = number is null
            ? text
            : new ListItemElement(new ParagraphElement([new TextSpan(number + " ", style)], _layouter, style), text, HeadingNumberIndent);
        if (heading.Level == 1)
        {
            element = new BoxElement(element) { Padding = (0, 0, 0, 2.5), BottomRule = (0.5, _styles.Theme.Colors.TableBorder) };
        }

        return new ColumnElement([element])
        {
            SpaceBefore = PdfStyles.SpaceBeforeHeading(heading.Level),
            SpaceAfter = PdfStyles.SpaceAfterHeading(heading.Level),
            KeepWithNext = true,
            Tag = new StructureNode("H" + Math.Clamp(heading.Level, 1, 6)),
        };
    }

    private ParagraphElement Paragraph(Model.Paragraph paragraph, Scope scope)
    {
        var style = scope.Style ?? _styles.ForRole(paragraph.Role);
        var display = paragraph.Role is ParagraphRoles.Title or ParagraphRoles.Subtitle;
        return new ParagraphElement(Spans(paragraph.Content, style), _layouter, style)
        {
            Alignment = scope.Alignment,
            LineSpacing = scope.Style is not null ? 1.0 : _styles.LineSpacingFor(paragraph.Role),
            SpaceAfter = scope.SpaceAfter ?? _styles.SpaceAfterFor(paragraph.Role),
            KeepTogetherUpTo = display ? KeepLimit : 0,
            KeepWithNext = display,
            Tag = scope.InCell ? null : new StructureNode("P"),
        };
    }

    private ColumnElement List(ListBlock list, Scope scope, int depth)
    {
        var items = new List<Element>();
        var style = scope.Style ?? _styles.Body;
        var indent = list.Ordered ? 19.85 : 17;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? OrderedMarker(list.Start + i, depth) : new[] { "•", "–", "▪" }[depth % 3];
            var markerElement = new ParagraphElement([new TextSpan(marker, style)], _layouter, style) { LineSpacing = _styles.Theme.LineSpacing, Tag = new StructureNode("Lbl") };
            var content = new List<Element>();
            foreach (var block in list.Items[i].Blocks)
            {
                content.Add(block is ListBlock nested ? List(nested, scope, depth + 1) : Block(block, scope with { SpaceAfter = 3 }));
            }

            items.Add(new ListItemElement(markerElement, new ColumnElement(content) { Tag = new StructureNode("LBody") }, indent) { SpaceAfter = 3, Tag = new StructureNode("LI") });
        }

        return new ColumnElement(items) { SpaceAfter = _styles.Theme.ParagraphSpacing, SpaceBefore = depth > 0 ? 3 : 0, Tag = new StructureNode("L") };
    }

    private static string OrderedMarker(int number, int depth) => (depth % 3) switch
    {
        0 => number.ToString(CultureInfo.InvariantCulture) + ".",
        1 => ((char)('a' + ((number - 1) % 26))) + ")",
        _ => Roman(number) + ".",
    };

    private static string Roman(int number)
    {
        var numerals = new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") };
        var result = "";
        foreach (var (value, text) in numerals)
        {
            while (number >= value)
            {
                result += text;
                number -= value;
            }
        }

        return result;
    }

    private Element Table(Table table)
    {
        var width = PdfStyles.Mm(_styles.Theme.Page.ContentWidthMm);
        var widths = table.ColumnWidths.Select(f => f * width).ToArray();
        var theme = _styles.Theme;
        RowElement Row(Model.TableRow row, bool header) => new(
            widths.Select((_, i) =>
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : new Model.TableCell([]);
                var shade = cell.Shade is not null && theme.Shades.TryGetValue(cell.Shade, out var s) ? s : null;
                var style = header ? _styles.TableHeading : _styles.TableText with { Color = shade?.Text ?? theme.Colors.Text };
                var alignment = cell.Alignment switch { CellAlignment.Center => TextAlignment.Center, CellAlignment.Right => TextAlignment.Right, _ => TextAlignment.Left };
                var content = new ColumnElement(Blocks(cell.Blocks, new Scope(style, alignment, SpaceAfter: 3, InCell: true))) { Tag = new StructureNode(header ? "TH" : "TD") };
                return ((Element)content, header ? theme.Colors.TableHeaderFill : shade?.Fill);
            }).ToList(),
            widths)
        {
            Tag = new StructureNode("TR"),
        };

        var element = new TableElement(() => table.HeaderRows.Select(r => Row(r, header: true)).ToList(), table.BodyRows.Select(r => Row(r, header: false)).ToList(), _contentHeight, theme.Colors.TableBorder)
        {
            SpaceAfter = table.Caption is null ? 9 : 3,
            Tag = new StructureNode("Table"),
        };
        if (table.Caption is null)
        {
            return element;
        }

        var caption = new ParagraphElement([new TextSpan(table.Caption, _styles.Caption)], _layouter, _styles.Caption) { SpaceAfter = 10, Tag = new StructureNode("Caption") };
        return new ColumnElement([element, caption]) { SpaceAfter = 10 };
    }

    private Element Callout(Callout callout)
    {
        var look = _styles.Theme.CalloutFor(callout.Kind);
        var children = new List<Element>();
        if (callout.Title is not null)
        {
            children.Add(new ParagraphElement([new TextSpan(callout.Title, _styles.CalloutTitle)], _layouter, _styles.CalloutTitle) { SpaceAfter = 4, KeepWithNext = true, Tag = new StructureNode("P") });
        }

        var style = _styles.Body with { Color = look.Text };
        children.AddRange(Blocks(callout.Blocks, new Scope(style, SpaceAfter: 3)));
        return new BoxElement(new ColumnElement(children))
        {
            Padding = (12, 6, 10, 5),
            Fill = look.Fill,
            LeftRule = (3, look.Border ?? _styles.Theme.Colors.Accent),
            SpaceAfter = 9,
            Tag = new StructureNode("Div"),
        };
    }

    private BoxElement Quote(Quote quote, Scope scope)
    {
        var style = (scope.Style ?? _styles.Body) with { Italic = true, Color = _styles.Theme.Colors.Muted };
        return new BoxElement(new ColumnElement(Blocks(quote.Blocks, scope with { Style = style })))
        {
            Padding = (10, 0, 22.7, 0),
            LeftRule = (2.25, _styles.Theme.Colors.Accent),
            SpaceAfter = _styles.Theme.ParagraphSpacing,
            Tag = new StructureNode("BlockQuote"),
        };
    }

    private Element Figure(Figure figure)
    {
        var image = new ImageElement(figure.Image, _contentHeight * 0.8)
        {
            SpaceBefore = 6,
            SpaceAfter = 3,
            KeepWithNext = figure.Caption is not null,
            Tag = new StructureNode("Figure", figure.AltText),
        };
        if (figure.Caption is null)
        {
            return image;
        }

        var caption = new ParagraphElement([new TextSpan(figure.Caption, _styles.Caption)], _layouter, _styles.Caption) { Alignment = TextAlignment.Center, SpaceAfter = 10, Tag = new StructureNode("Caption") };
        return new ColumnElement([image, caption]) { SpaceAfter = 6 };
    }

    private ColumnElement TableOfContents(TableOfContents toc)
    {
        var heading = _styles.HeadingLevel(1);
        var entries = new List<Element> { new ParagraphElement([new TextSpan(toc.Title, heading)], _layouter, heading) { SpaceAfter = 8, KeepWithNext = true, Tag = new StructureNode("P") } };
        foreach (var h in HeadingNumbers.Headings(_document.Blocks).Where(h => h.Level <= toc.MaxLevel))
        {
            var style = h.Level == 1 ? _styles.Body with { Bold = true } : _styles.Body;
            var text = (_numbers.TryGetValue(h, out var number) ? number + "  " : "") + PlainText(h.Content);
            var title = new ParagraphElement([new TextSpan(text, style)], _layouter, style) { Indent = (h.Level - 1) * 14.2 };
            entries.Add(new TocEntryElement(title, text, h.Id, _fonts, style) { SpaceAfter = 3, Tag = new StructureNode("TOCI") });
        }

        return new ColumnElement(entries) { SpaceAfter = 12, Tag = new StructureNode("TOC") };
    }

    private ColumnElement Endnotes()
    {
        var style = _styles.ForRole(ParagraphRoles.Note);
        var items = new List<Element> { new RuleElement(144, 0.5, _styles.Theme.Colors.Muted) { SpaceAfter = 6, KeepWithNext = true } };
        for (var i = 0; i < _notes.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var marker = new ParagraphElement([new TextSpan(number + ".", style)], _layouter, style) { Destination = $"note-{number}", Tag = new StructureNode("Lbl") };
            var content = new ColumnElement(Blocks(_notes[i], new Scope(style, SpaceAfter: 2))) { Tag = new StructureNode("LBody") };
            items.Add(new ListItemElement(marker, content, 17) { SpaceAfter = 3, Tag = new StructureNode("LI") });
        }

        return new ColumnElement(items) { SpaceBefore = 18, Tag = new StructureNode("L") };
    }

    /// <summary>Inlines as styled spans; emphasis, strength, code and links change the style of what they hold.</summary>
    private List<TextSpan> Spans(IEnumerable<Inline> inlines, TextStyle style, string? link = null)
    {
        var spans = new List<TextSpan>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t:
                    spans.Add(new TextSpan(t.Value.Replace('\n', ' '), style, link));
                    break;
                case Emphasis e:
                    spans.AddRange(Spans(e.Content, style with { Italic = true }, link));
                    break;
                case Strong s:
                    spans.AddRange(Spans(s.Content, style with { Bold = true }, link));
                    break;
                case Code c:
                    spans.Add(new TextSpan(c.Value, style with { Families = _styles.Theme.Fonts.Mono, Size = style.Size - 1 }, link));
                    break;
                case Link l:
                    spans.AddRange(Spans(l.Content, style with { Color = _styles.Theme.Colors.Link, Underline = true }, l.Target));
                    break;
                case LineBreak:
                    spans.Add(new TextSpan("\n", style, link));
                    break;
                case FootnoteReference f:
                    _notes.Add(f.Blocks);
                    var number = _notes.Count.ToString(CultureInfo.InvariantCulture);
                    spans.Add(new TextSpan(number, style with { Superscript = true }, $"#note-{number}"));
                    break;
                default:
                    throw new NotSupportedException($"no PDF layout for {inline.GetType().Name}");
            }
        }

        return spans;
    }

    private static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text t => t.Value,
        Code c => c.Value,
        Emphasis e => PlainText(e.Content),
        Strong s => PlainText(s.Content),
        Link l => PlainText(l.Content),
        LineBreak => " ",
        _ => "",
    }));
}
