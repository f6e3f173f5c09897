using System.Text;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html;

/// <summary>
/// Everything renderers share while one document is written: the output, the stylesheet, the
/// flavour (page or e-mail), the dispatch from model kinds to renderers (built-in and components'
/// alike), the looks used, the notes and pictures collected, and the heading levels. Looks are
/// attached through <see cref="Attributes"/>, which a page writes as classes of its one style sheet
/// and an e-mail as inline styles, so no renderer cares which it is writing.
/// </summary>
internal sealed class HtmlRenderContext
{
    private readonly Dictionary<Type, IHtmlBlockRenderer> _blocks = [];
    private readonly Dictionary<Type, IHtmlInlineRenderer> _inlines = [];
    private readonly Dictionary<Node, int> _levels = new(ReferenceEqualityComparer.Instance);
    private readonly List<IReadOnlyList<Block>> _notes = [];
    private readonly List<EmailImage> _images = [];
    private readonly Dictionary<ImageData, ImageData> _fallbacks = new(ReferenceEqualityComparer.Instance);
    private int _ids;

    public HtmlRenderContext(Document document, StyleSheet styleSheet, HtmlFlavor flavor, IEnumerable<IHtmlBlockRenderer> blockRenderers, IEnumerable<IHtmlInlineRenderer> inlineRenderers)
    {
        Document = document;
        StyleSheet = styleSheet;
        Flavor = flavor;
        foreach (var renderer in blockRenderers)
        {
            _blocks[renderer.BlockType] = renderer;
        }

        foreach (var renderer in inlineRenderers)
        {
            _inlines[renderer.InlineType] = renderer;
        }

        Anchors = ModelWalker.AnchorIds(document.Blocks);
        HeadingNumbers = Model.HeadingNumbers.For(document.Blocks, styleSheet.NumberHeadings);
        Words = PageWords.For(document.Metadata.Language);
        AssignLevels();
    }

    /// <summary>The document being written.</summary>
    public Document Document { get; }

    /// <summary>How it looks.</summary>
    public StyleSheet StyleSheet { get; }

    /// <summary>A page or an e-mail body.</summary>
    public HtmlFlavor Flavor { get; }

    /// <summary>The HTML written so far.</summary>
    public StringBuilder Out { get; } = new();

    /// <summary>The page's style sheet, filled as looks are used (pages only).</summary>
    public CssRules Rules { get; } = new();

    /// <summary>The ids of the document's headings and exhibits: the only anchors an internal link may point at.</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>The numbers of numbered headings.</summary>
    public IReadOnlyDictionary<Heading, string> HeadingNumbers { get; }

    /// <summary>The words the page adds, in the paper's language.</summary>
    public PageWords Words { get; }

    /// <summary>The notes referred to so far, numbered from 1 in order.</summary>
    public IReadOnlyList<IReadOnlyList<Block>> Notes => _notes;

    /// <summary>The pictures an e-mail refers to by content id, in order of first use.</summary>
    public IReadOnlyList<EmailImage> Images => _images;

    /// <summary>
    /// Writes blocks in order. A run of paragraphs whose role has contextual spacing (the title
    /// block's lines) is one group, as in Word: no space between its lines, and its rule under the last.
    /// </summary>
    public void Blocks(IEnumerable<Block> blocks, HtmlScope scope)
    {
        var list = blocks as IReadOnlyList<Block> ?? [.. blocks];
        for (var i = 0; i < list.Count;)
        {
            if (list[i] is Paragraph first && StyleSheet.Paragraph(scope.Role ?? first.Role) is { ContextualSpacing: true } look)
            {
                var end = i + 1;
                while (end < list.Count && list[end] is Paragraph next && (scope.Role ?? next.Role) == look.Role)
                {
                    end++;
                }

                Raw("<div" + Attributes(new Look("run-" + look.Role, () => CssLooks.Paragraph(look).Set("color", "inherit"))) + ">\n");
                var inRun = new Look("in-run", () => new CssDeclarations().Set("margin", "0").Set("border", "0").Set("padding", "0"));
                for (var j = i; j < end; j++)
                {
                    var paragraph = (Paragraph)list[j];
                    Raw("<p" + Attributes([.. ParagraphLooks(paragraph.Role, scope), inRun]) + ">");
                    Inlines(paragraph.Content);
                    Raw("</p>\n");
                }

                Raw("</div>\n");
                i = end;
                continue;
            }

            Renderer(_blocks, list[i].GetType()).Render(list[i], this, scope);
            i++;
        }
    }

    /// <summary>Writes inlines in order.</summary>
    public void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            Renderer(_inlines, inline.GetType()).Render(inline, this);
        }
    }

    /// <summary>Writes <paramref name="text"/>, escaped.</summary>
    public HtmlRenderContext Text(string text)
    {
        Out.AppendEscaped(text);
        return this;
    }

    /// <summary>Writes markup of the renderer's own (never data).</summary>
    public HtmlRenderContext Raw(string html)
    {
        Out.Append(html);
        return this;
    }

    /// <summary>
    /// The attribute text (with a leading space) that gives an element <paramref name="looks"/>:
    /// <c> class="…"</c> in a page, <c> style="…"</c> in an e-mail; empty for no looks.
    /// </summary>
    public string Attributes(params Look[] looks)
    {
        if (looks.Length == 0)
        {
            return "";
        }

        if (Flavor == HtmlFlavor.Page)
        {
            return " class=\"" + string.Join(' ', looks.Select((l, position) => Rules.ClassFor(l.Key, l.Css, position))) + "\"";
        }

        var css = new CssDeclarations();
        foreach (var look in looks)
        {
            css.With(look.Css());
        }

        return css.IsEmpty ? "" : " style=\"" + HtmlText.Escape(css.ToString()) + "\"";
    }

    /// <summary>The look of paragraphs in <paramref name="role"/>.</summary>
    public Look Paragraph(string role) => new("p-" + role, () => CssLooks.Paragraph(StyleSheet.Paragraph(role)));

    /// <summary>The look of an inline role.</summary>
    public Look InlineRole(string role) => new("i-" + role, () => CssLooks.Inline(StyleSheet.Inline(role)));

    /// <summary>A text colour forced on content, e.g. on a shaded cell.</summary>
    public static Look TextColor(string rgb) => new("color-" + rgb, () => new CssDeclarations().Color("color", rgb));

    /// <summary>A horizontal alignment.</summary>
    public static Look Align(CellAlignment alignment) =>
        new("align-" + alignment.ToString().ToLowerInvariant(), () => new CssDeclarations().Set("text-align", alignment.ToString().ToLowerInvariant()));

    /// <summary>The looks a paragraph wears in <paramref name="scope"/>: its role's, then the scope's colour and alignment.</summary>
    public Look[] ParagraphLooks(string role, HtmlScope scope)
    {
        var looks = new List<Look> { Paragraph(scope.Role ?? role) };
        if (scope.TextColor is { } color)
        {
            looks.Add(TextColor(color));
        }

        if (scope.Alignment is { } alignment and not CellAlignment.Left)
        {
            looks.Add(Align(alignment));
        }

        return [.. looks];
    }

    /// <summary>The HTML heading level (1–6) of a heading, the title or the contents, in an outline without gaps.</summary>
    public int LevelOf(Node node) => _levels.TryGetValue(node, out var level) ? level : 2;

    /// <summary>The level of headings the page adds at the top of the outline (the notes): under the title, or the top.</summary>
    public int SectionLevel { get; private set; } = 1;

    /// <summary>A fresh element id with <paramref name="prefix"/>, for labels the page adds (contents, notes).</summary>
    public string NextId(string prefix) => prefix + "-" + (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keeps <paramref name="blocks"/> as the next note and returns its number.</summary>
    public int AddNote(IReadOnlyList<Block> blocks)
    {
        _notes.Add(blocks);
        return _notes.Count;
    }

    /// <summary>
    /// Where an <c>img</c> finds <paramref name="image"/>: in a page the picture itself as a data: URI,
    /// so the file stands alone (an SVG picture as the clean SVG written from its drawing, which has
    /// no script or reference in it); in an e-mail a cid: reference to a part of the message, named by a
    /// hash of the picture's bytes, so the same input names it the same and a repeated picture is sent
    /// once. Mail programs do not show SVG, so an e-mail carries an SVG picture's PNG fallback instead.
    /// </summary>
    public string ImageSource(ImageData image)
    {
        if (Flavor == HtmlFlavor.Page)
        {
            return $"data:{image.MediaType};base64,{Convert.ToBase64String(image.Bytes.Span)}";
        }

        if (image.Vector is { } drawing)
        {
            if (!_fallbacks.TryGetValue(image, out var fallback))
            {
                // Drawn for its natural size (96 CSS pixels to the inch) at print resolution, for sharp high-density screens.
                var png = BriefingGen.Images.Svg.SvgFallback.Png(drawing, image.NaturalWidth / 96, image.NaturalHeight / 96);
                fallback = new ImageData(png.Png, ImageFormat.Png, png.Width, png.Height);
                _fallbacks[image] = fallback;
            }

            image = fallback;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image.Bytes.Span))[..16];
        var id = $"img-{hash}@briefgen";
        if (_images.All(i => i.ContentId != id))
        {
            _images.Add(new EmailImage(id, image));
        }

        return "cid:" + id;
    }

    /// <summary>
    /// Numbers the outline: the title is level 1, the contents and level-1 headings level 2 under a
    /// title (else 1), and no heading goes more than one level deeper than the one before it, as
    /// assistive technology expects.
    /// </summary>
    private void AssignLevels()
    {
        var nodes = ModelWalker.All(Document.Blocks).ToList();
        var offset = nodes.Any(n => n is Paragraph { Role: ParagraphRoles.Title }) ? 1 : 0;
        SectionLevel = 1 + offset;
        var previous = 0;
        foreach (var node in nodes)
        {
            int wanted;
            switch (node)
            {
                case Paragraph { Role: ParagraphRoles.Title }:
                    wanted = 1;
                    break;
                case TableOfContents:
                    wanted = 1 + offset;
                    break;
                case Heading heading:
                    wanted = heading.Level + offset;
                    break;
                default:
                    continue;
            }

            var level = Math.Clamp(Math.Min(wanted, previous + 1), 1, 6);
            _levels[node] = level;
            previous = level;
        }
    }

    private static TRenderer Renderer<TRenderer>(Dictionary<Type, TRenderer> renderers, Type kind)
    {
        for (var type = kind; type is not null; type = type.BaseType)
        {
            if (renderers.TryGetValue(type, out var renderer))
            {
                return renderer;
            }
        }

        throw new InvalidOperationException($"the HTML backend has no renderer for {kind.Name}");
    }
}
