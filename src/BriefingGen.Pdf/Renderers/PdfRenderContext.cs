using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Text.Hyphenation;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// What the PDF renderers share while one section is laid out: the stylesheet, fonts, the text
/// layouter, the page's text area, heading numbers and collected notes, and the dispatch from
/// model kinds to renderers (built-in and components' alike). It also turns a role's look into
/// elements — spacing, alignment, boxes, keep rules and tags — in one place, so every renderer
/// lays out paragraphs the same way. A fresh tree is built for each layout pass, since drawing
/// advances elements.
/// </summary>
internal sealed class PdfRenderContext
{
    private readonly Dictionary<Type, IPdfBlockRenderer> _blocks = [];
    private readonly Dictionary<Type, IPdfInlineRenderer> _inlines = [];
    private readonly Lazy<HashSet<string>> _anchors;

    public PdfRenderContext(Document document, PdfStyles styles, FontBook fonts, IEnumerable<IPdfBlockRenderer> blockRenderers, IEnumerable<IPdfInlineRenderer> inlineRenderers)
    {
        Document = document;
        Styles = styles;
        Fonts = fonts;
        Layouter = new TextLayouter(fonts);
        foreach (var renderer in blockRenderers)
        {
            _blocks[renderer.BlockType] = renderer;
        }

        foreach (var renderer in inlineRenderers)
        {
            _inlines[renderer.InlineType] = renderer;
        }

        HeadingNumbers = Model.HeadingNumbers.For(document.Blocks, styles.Sheet.NumberHeadings);
        _anchors = new(() => ModelWalker.AnchorIds(document.Blocks));
    }

    /// <summary>The ids of the document's headings and exhibits: the only places an internal link can lead.</summary>
    public IReadOnlySet<string> Anchors => _anchors.Value;

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The stylesheet, in the engine's terms.</summary>
    public PdfStyles Styles { get; }

    /// <summary>The stylesheet itself.</summary>
    public StyleSheet Sheet => Styles.Sheet;

    /// <summary>The document's fonts.</summary>
    public FontBook Fonts { get; }

    /// <summary>Breaks text into lines.</summary>
    public TextLayouter Layouter { get; }

    /// <summary>The numbers of numbered headings.</summary>
    public IReadOnlyDictionary<Heading, string> HeadingNumbers { get; }

    /// <summary>The hyphenation patterns of the section being laid out, or null when its language has none.</summary>
    public Hyphenator? Hyphenator { get; set; }

    /// <summary>The document's page count, known on the pass that draws (0 on the first), for the room page numbers take.</summary>
    public int PageCount { get; set; }

    /// <summary>How the section being laid out numbers its pages, for the room its page numbers take.</summary>
    public PageNumbering Numbering { get; set; } = PageNumbering.Default;

    /// <summary>The text area of the section being laid out.</summary>
    public Size ContentArea { get; set; }

    /// <summary>The tallest title, heading or component kept whole: half a page; anything taller splits.</summary>
    public double KeepLimit => ContentArea.Height / 2;

    /// <summary>Footnotes met so far, in the order of their marks; each goes at the foot of the page that cites it.</summary>
    public List<IReadOnlyList<Block>> Notes { get; } = [];

    /// <summary>True while a note's own text is laid out, where a note mark cannot open another note.</summary>
    public bool InNote { get; set; }

    /// <summary>The element of <paramref name="block"/>.</summary>
    public Element Block(Block block, PdfScope scope) => Renderer(_blocks, block.GetType()).Render(block, this, scope);

    /// <summary>
    /// The elements of <paramref name="blocks"/>. Consecutive paragraphs of a role with a rule or a
    /// fill share one box, as Word joins the borders of such paragraphs (the title block's rule goes
    /// under its last line, a quote's bar runs down all its paragraphs).
    /// </summary>
    public List<Element> Blocks(IReadOnlyList<Block> blocks, PdfScope scope)
    {
        var elements = new List<Element>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is Paragraph first && Look(first.Role, scope) is { } look && Boxed(look))
            {
                var group = new List<Paragraph>();
                while (i < blocks.Count && blocks[i] is Paragraph next && Look(next.Role, scope).Role == look.Role)
                {
                    group.Add(next);
                    i++;
                }

                i--;
                elements.Add(Group(group, look, scope));
                continue;
            }

            var element = Block(blocks[i], scope);

            // A paragraph right before a table introduces it and keeps with it, as in Word; what an
            // exhibit shows keeps with its source line.
            var following = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var introduces = blocks[i] is Paragraph && following is Table;
            var sourced = following is Paragraph { Role: StyleRoles.ExhibitSource } && blocks[i] is not Paragraph { Role: StyleRoles.ExhibitSource };
            if (scope == PdfScope.Body && (introduces || sourced) && element is not KeepWithNextElement)
            {
                element = new KeepWithNextElement(element);
            }

            elements.Add(element);
        }

        return elements;
    }

    /// <summary>The look a paragraph of <paramref name="role"/> takes in <paramref name="scope"/>.</summary>
    public ParagraphLook Look(string role, PdfScope scope) => Styles.Look(scope.Role ?? role);

    /// <summary>The text style of <paramref name="look"/> in <paramref name="scope"/> (a shaded cell's colour, a quote's italics).</summary>
    public TextStyle TextStyle(ParagraphLook look, PdfScope scope)
    {
        var style = PdfStyles.Text(look.Text);
        return scope.TextColor is { } color ? style with { Color = color } : style;
    }

    /// <summary>Inlines as styled spans; emphasis, strength, code and links change the style of what they hold.</summary>
    public List<TextSpan> Spans(IEnumerable<Inline> inlines, TextStyle style, string? link = null)
    {
        var spans = new List<TextSpan>();
        AddSpans(spans, inlines, style, link);
        return spans;
    }

    /// <summary>Adds <paramref name="inlines"/> to <paramref name="spans"/>.</summary>
    public void AddSpans(List<TextSpan> spans, IEnumerable<Inline> inlines, TextStyle style, string? link)
    {
        foreach (var inline in inlines)
        {
            Renderer(_inlines, inline.GetType()).Render(inline, this, spans, style, link);
        }
    }

    /// <summary>
    /// A paragraph laid out by its look: text, line spacing, alignment and spacing; then its box
    /// (fill and rules) when it stands alone, the keep rules, and its structure element.
    /// </summary>
    public Element Paragraph(IReadOnlyList<Inline> content, ParagraphLook look, PdfScope scope, StructureNode? tag, string? destination = null)
    {
        Element element = Text(content, look, scope, look.SpaceBefore, scope.SpaceAfter ?? look.SpaceAfter, destination);
        if (Boxed(look))
        {
            element = Box(element, look, look.SpaceBefore, scope.SpaceAfter ?? look.SpaceAfter);
        }

        return Govern(element, look, tag);
    }

    /// <summary>The bare text of a paragraph, without box or rules.</summary>
    public ParagraphElement Text(IReadOnlyList<Inline> content, ParagraphLook look, PdfScope scope, double spaceBefore, double spaceAfter, string? destination = null)
    {
        var style = TextStyle(look, scope);
        return new ParagraphElement(Spans(content, style), Layouter, style)
        {
            Alignment = scope.Alignment ?? Alignment(look.Alignment),
            LineSpacing = look.LineSpacing,
            Hyphenator = look.Hyphenate ? Hyphenator : null,
            Indent = Boxed(look) ? 0 : look.IndentLeft,
            IndentRight = Boxed(look) ? 0 : look.IndentRight,
            SpaceBefore = spaceBefore,
            SpaceAfter = spaceAfter,
            Destination = destination,
        };
    }

    /// <summary>Wraps <paramref name="element"/> in the keep rules of <paramref name="look"/> and in <paramref name="tag"/>.</summary>
    public Element Govern(Element element, ParagraphLook look, StructureNode? tag)
    {
        if (look.KeepLines)
        {
            element = new KeepTogetherElement(element, KeepLimit);
        }

        if (tag is not null)
        {
            element = new TaggedElement(tag, element);
        }

        return look.KeepWithNext ? new KeepWithNextElement(element) : element;
    }

    /// <summary>The layout engine's alignment for a look's.</summary>
    public static TextAlignment Alignment(ParagraphAlignment alignment) => alignment switch
    {
        ParagraphAlignment.Center => TextAlignment.Center,
        ParagraphAlignment.Right => TextAlignment.Right,
        ParagraphAlignment.Justify => TextAlignment.Justify,
        _ => TextAlignment.Left,
    };

    /// <summary>True when a look draws a box: a fill or a rule.</summary>
    private static bool Boxed(ParagraphLook look) => look.Fill is not null || look.BottomRule is not null || look.LeftRule is not null;

    /// <summary>Consecutive paragraphs of one boxed role in one box; with contextual spacing, no space between them.</summary>
    private Element Group(List<Paragraph> group, ParagraphLook look, PdfScope scope)
    {
        var inner = group.Select((p, i) => (Element)new TaggedElement(
            new StructureNode("P"),
            Text(p.Content, look, scope, i == 0 || look.ContextualSpacing ? 0 : look.SpaceBefore, i == group.Count - 1 || look.ContextualSpacing ? 0 : look.SpaceAfter))).ToList();
        var content = inner.Count == 1 ? inner[0] : new ColumnElement(inner);
        return Govern(Box(content, look, look.SpaceBefore, scope.SpaceAfter ?? look.SpaceAfter), look, null);
    }

    /// <summary>
    /// The box of a look, placed as Word places a paragraph's borders: the text between the indents,
    /// a left rule its space and width to the left of the text, a bottom rule its space below it.
    /// </summary>
    private static BoxElement Box(Element content, ParagraphLook look, double spaceBefore, double spaceAfter)
    {
        var left = look.LeftRule is { } l ? l.Space + l.Width : 0;
        var bottom = look.BottomRule is { } b ? b.Space + b.Width : 0;
        return new BoxElement(content)
        {
            Margin = (Math.Max(0, look.IndentLeft - left), look.IndentRight),
            Padding = (left, 0, 0, bottom),
            Fill = look.Fill,
            LeftRule = look.LeftRule is { } lr ? (lr.Width, lr.Color) : null,
            BottomRule = look.BottomRule is { } br ? (br.Width, br.Color) : null,
            SpaceBefore = spaceBefore,
            SpaceAfter = spaceAfter,
        };
    }

    private static T Renderer<T>(Dictionary<Type, T> renderers, Type kind) =>
        renderers.TryGetValue(kind, out var renderer)
            ? renderer
            : throw new NotSupportedException($"no PDF renderer for {kind.Name}; the component that makes it must register one");
}
