using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Styling;
using BriefingGen.Word.Binding;
using BriefingGen.Word.Parts;
using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word;

/// <summary>
/// Everything renderers share while one document is written: the stylesheet, the section being
/// written, the parts that collect numbering, footnotes, links and pictures, and the dispatch from
/// model kinds to renderers (built-in and components' alike). Relationship and drawing ids are
/// counted, not random, so the same input gives the same file.
/// </summary>
internal sealed class WordRenderContext
{
    private readonly Dictionary<Type, IWordBlockRenderer> _blocks;
    private readonly Dictionary<Type, IWordInlineRenderer> _inlines;
    private readonly Dictionary<string, string> _hyperlinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hyperlinkTargets = new(StringComparer.Ordinal);
    private int _bookmarkId;
    private readonly Dictionary<ImageData, DocumentFormat.OpenXml.Drawing.Blip> _sharedImages = new(ReferenceEqualityComparer.Instance);
    private int _imageCount;

    public WordRenderContext(
        Model.Document document,
        StyleSheet styleSheet,
        MainDocumentPart main,
        NumberingBuilder numbering,
        FootnoteBuilder footnotes,
        IEnumerable<IWordBlockRenderer> blockRenderers,
        IEnumerable<IWordInlineRenderer> inlineRenderers)
    {
        Document = document;
        StyleSheet = styleSheet;
        Main = main;
        Numbering = numbering;
        Footnotes = footnotes;
        _blocks = [];
        _inlines = [];
        foreach (var renderer in blockRenderers)
        {
            _blocks[renderer.BlockType] = renderer;
        }

        foreach (var renderer in inlineRenderers)
        {
            _inlines[renderer.InlineType] = renderer;
        }

        Bookmarks = BookmarkNames.For(document.Blocks);
        HeadingNumbers = Model.HeadingNumbers.For(document.Blocks, styleSheet.NumberHeadings);
        Section = document.Sections[0];
        NumberingRuns = Model.NumberingRuns.Of(document.Sections);
    }

    /// <summary>The document being written.</summary>
    public Model.Document Document { get; }

    /// <summary>How it looks.</summary>
    public StyleSheet StyleSheet { get; }

    /// <summary>The main document part, owner of link and picture relationships.</summary>
    public MainDocumentPart Main { get; }

    /// <summary>Collects list and heading numbering.</summary>
    public NumberingBuilder Numbering { get; }

    /// <summary>Collects footnotes.</summary>
    public FootnoteBuilder Footnotes { get; }

    /// <summary>Bookmark names by heading id.</summary>
    public IReadOnlyDictionary<string, string> Bookmarks { get; }

    /// <summary>The numbers of numbered headings.</summary>
    public IReadOnlyDictionary<Heading, string> HeadingNumbers { get; }

    /// <summary>The pages as the PDF layout made them, for fields' stored results; null when not known.</summary>
    public PageMap? Pages { get; init; }

    /// <summary>True while a footnote's content is being written.</summary>
    public bool InNote { get; set; }

    /// <summary>The section being written.</summary>
    public Section Section { get; set; }

    /// <summary>The index of the section being written.</summary>
    public int SectionIndex { get; set; }

    /// <summary>The run of page numbers each section belongs to (<see cref="Model.NumberingRuns"/>).</summary>
    public int[] NumberingRuns { get; }

    /// <summary>True when some section restarts the page numbers, so a page count counts a run rather than the file.</summary>
    public bool HasSeveralNumberingRuns => NumberingRuns.Length > 0 && NumberingRuns[^1] > 0;

    /// <summary>The hidden bookmark at the end of run <paramref name="run"/>, whose page a run's page count shows.</summary>
    public static string RunEndBookmark(int run) => "_PagesOfRun" + (run + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The width between the margins of the section being written, in twips.</summary>
    public int ContentWidthTwips => Units.MmToTwips(Section.Layout.ContentWidthMm);

    /// <summary>The height between the margins of the section being written, in twips.</summary>
    public int ContentHeightTwips => Units.MmToTwips(Section.Layout.ContentHeightMm);

    /// <summary>The Word style of a stylesheet role.</summary>
    public static string StyleOf(string role) => StyleMap.For(role).Id;

    /// <summary>Puts data-derived content into content controls; null when the paper carries no data.</summary>
    public FieldBinder? Binder { get; init; }

    /// <summary>Renders blocks in order.</summary>
    public IEnumerable<OpenXmlElement> RenderBlocks(IEnumerable<Block> blocks, WordScope scope) =>
        blocks.SelectMany(block => Renderer(_blocks, block.GetType()).Render(block, this, scope));

    /// <summary>Renders inlines in order; what came from data goes into its content control.</summary>
    public IEnumerable<OpenXmlElement> RenderInlines(IEnumerable<Inline> inlines, RunFormat format)
    {
        if (Binder is not { } binder)
        {
            return inlines.SelectMany(inline => Renderer(_inlines, inline.GetType()).Render(inline, this, format));
        }

        var list = inlines as IReadOnlyList<Inline> ?? inlines.ToList();
        var result = new List<OpenXmlElement>();
        for (var i = 0; i < list.Count;)
        {
            if (binder.ControlOf(list[i]) is not { } origin)
            {
                result.AddRange(Renderer(_inlines, list[i].GetType()).Render(list[i], this, format));
                i++;
                continue;
            }

            var end = i + 1;
            while (end < list.Count && FieldBinder.SameControl(binder.ControlOf(list[end]), origin))
            {
                end++;
            }

            var group = list.Skip(i).Take(end - i).ToList();
            var content = binder.Within(origin, () => group.SelectMany(inline => Renderer(_inlines, inline.GetType()).Render(inline, this, format)));
            result.Add(binder.InlineControl(origin, group, content, this));
            i = end;
        }

        return result;
    }

    /// <summary>The address of the hyperlink relationship <paramref name="id"/>, or null.</summary>
    public string? HyperlinkTarget(string id) => _hyperlinkTargets.GetValueOrDefault(id);

    /// <summary>A paragraph in <paramref name="styleId"/> holding <paramref name="inlines"/>, adjusted for the scope.</summary>
    /// <param name="styleId">The style, unless the scope overrides it.</param>
    /// <param name="inlines">The content.</param>
    /// <param name="scope">Where the paragraph stands.</param>
    /// <param name="format">Formatting for every run, or null.</param>
    /// <param name="numbering">List numbering, or null.</param>
    /// <param name="indentation">A left indent, or null.</param>
    public Paragraph Paragraph(string styleId, IEnumerable<Inline> inlines, WordScope scope, RunFormat? format = null, NumberingProperties? numbering = null, Indentation? indentation = null)
    {
        // Children of w:pPr must follow the schema's order: pStyle, numPr, ind, jc.
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = scope.ParagraphStyle ?? styleId });
        if (numbering is not null)
        {
            properties.Append(numbering);
        }

        if (indentation is not null)
        {
            properties.Append(indentation);
        }

        if (scope.Alignment is { } alignment)
        {
            properties.Append(new Justification { Val = alignment });
        }

        var runFormat = (format ?? RunFormat.Plain) with { Color = scope.TextColor ?? format?.Color };
        var paragraph = new Paragraph(properties);
        paragraph.Append(RenderInlines(inlines, runFormat));
        return paragraph;
    }

    /// <summary>The next bookmark id; Word needs each to be unique.</summary>
    public int NextBookmarkId() => _bookmarkId++;

    /// <summary>The next revision id (<c>w:ins</c>, <c>w:del</c>): drawn from the bookmarks' counter, as Word wants annotation ids unique across both.</summary>
    public int NextRevisionId() => NextBookmarkId();

    /// <summary>The relationship id of an external link to <paramref name="url"/>, added once per address.</summary>
    public string HyperlinkRelationship(string url)
    {
        if (!_hyperlinks.TryGetValue(url, out var id))
        {
            id = "rIdLink" + (_hyperlinks.Count + 1);
            Main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true, id);
            _hyperlinks.Add(url, id);
            _hyperlinkTargets.Add(id, url);
        }

        return id;
    }

    /// <summary>A drawing id for a drawing that is not a picture (a chart), unique among the document's drawings.</summary>
    public uint NextDrawingId() => (uint)++_imageCount;

    /// <summary>
    /// Adds a picture part and returns its relationship id and a drawing id. An SVG picture goes in
    /// as its PNG fallback at its natural size; <see cref="AddPicture"/> adds the SVG beside it.
    /// </summary>
    public (string RelationshipId, uint DrawingId) AddImage(ImageData image)
    {
        if (image.Vector is { } drawing)
        {
            var png = Images.Svg.SvgFallback.Png(drawing, image.NaturalWidth / 96, image.NaturalHeight / 96);
            image = new ImageData(png.Png, ImageFormat.Png, png.Width, png.Height);
        }

        _imageCount++;
        var id = "rIdImage" + _imageCount;
        var part = Main.AddImagePart(image.Format == ImageFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg, id);
        using (var stream = new MemoryStream(image.Bytes.ToArray()))
        {
            part.FeedData(stream);
        }

        return (id, (uint)_imageCount);
    }

    /// <summary>
    /// A picture drawn on many pages' furniture (a header logo in every section), stored once: the
    /// first call adds its parts (an SVG's fallback too, see <see cref="AddPicture"/>), later ones
    /// reuse its blip with a drawing id of their own.
    /// </summary>
    public (DocumentFormat.OpenXml.Drawing.Blip Blip, uint DrawingId) AddSharedPicture(ImageData image, long cx, long cy)
    {
        if (_sharedImages.TryGetValue(image, out var blip))
        {
            return ((DocumentFormat.OpenXml.Drawing.Blip)blip.CloneNode(true), NextDrawingId());
        }

        var added = AddPicture(image, cx, cy);
        _sharedImages[image] = (DocumentFormat.OpenXml.Drawing.Blip)added.Blip.CloneNode(true);
        return added;
    }

    /// <summary>
    /// The picture's <c>a:blip</c>, its part added: for PNG and JPEG the picture itself; for SVG, as
    /// Word 2016 and later write it, a PNG fallback part (drawn by our rasterizer at print
    /// resolution for <paramref name="cx"/> × <paramref name="cy"/> EMU) that every reader shows,
    /// and the SVG part named in the blip's <c>asvg:svgBlip</c> extension, which Word draws instead.
    /// Returns the blip and the drawing id.
    /// </summary>
    public (DocumentFormat.OpenXml.Drawing.Blip Blip, uint DrawingId) AddPicture(ImageData image, long cx, long cy)
    {
        if (image.Vector is not { } drawing)
        {
            var (id, drawingId) = AddImage(image);
            return (new DocumentFormat.OpenXml.Drawing.Blip { Embed = id }, drawingId);
        }

        // 914,400 EMU to the inch.
        var fallback = Images.Svg.SvgFallback.Png(drawing, cx / 914400.0, cy / 914400.0);
        var (pngId, pictureId) = AddImage(new ImageData(fallback.Png, ImageFormat.Png, fallback.Width, fallback.Height));
        var svgId = pngId + "Svg";
        var part = Main.AddImagePart(ImagePartType.Svg, svgId);
        using (var stream = new MemoryStream(image.Bytes.ToArray()))
        {
            part.FeedData(stream);
        }

        var blip = new DocumentFormat.OpenXml.Drawing.Blip(
            new DocumentFormat.OpenXml.Drawing.BlipExtensionList(
                new DocumentFormat.OpenXml.Drawing.BlipExtension(new DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip { Embed = svgId })
                {
                    Uri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}",
                }))
        { Embed = pngId };
        return (blip, pictureId);
    }

    private static T Renderer<T>(Dictionary<Type, T> renderers, Type kind) =>
        renderers.TryGetValue(kind, out var renderer)
            ? renderer
            : throw new NotSupportedException($"no Word renderer for {kind.Name}; the component that makes it must register one");
}
