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
internal sealed partial class DocumentBuilder
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
        var title = InlineText.Of(heading.Content);
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

    /// <summary>Inlines as styled spans; emphasis, strength, code and links change the style of what they hold.</summary>
    private List<TextSpan> Spans(IEnumerable<Inline> inlines, TextStyle style, string? link = null)
    {
        var spans = new List<TextSpan>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Model.Text t:
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
}
