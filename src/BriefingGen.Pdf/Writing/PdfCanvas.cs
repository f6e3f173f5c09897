using BriefingGen.Model;
using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The canvas that makes a PDF: it turns layout coordinates (top-left origin) into PDF ones
/// (bottom-left, ISO 32000-1 §8.3.2.3), collects pages, fonts, pictures, links, destinations and
/// outline entries, and hands them to <see cref="PdfDocumentWriter"/>. It also builds the tagged
/// structure: everything drawn is marked as content of the element open at the time, or, for
/// page furniture and decoration (rules, shading), as an artifact, so assistive technology reads
/// the paper in order and skips the rest.
/// </summary>
internal sealed class PdfCanvas : ICanvas
{
    private readonly List<StructureNode> _tags = [];
    private PdfPage? _page;
    private int _artifactDepth;
    private StructureNode? _openContent;
    private bool _openArtifact;

    /// <summary>Finished pages.</summary>
    public List<PdfPage> Pages { get; } = [];

    /// <summary>Fonts in order of first use.</summary>
    public Dictionary<FontFace, FontUsage> Fonts { get; } = [];

    /// <summary>Pictures in order of first use; the same picture drawn twice is embedded once.</summary>
    public List<ImageData> Images { get; } = [];

    /// <summary>The fill and stroke opacities SVG pictures use, each written once as a graphics state (<see cref="PdfOpacity"/>).</summary>
    public SortedSet<(int Fill, int Stroke)> Opacities { get; } = [];

    /// <summary>Named destinations: page index and the y of the top, PDF coordinates.</summary>
    public Dictionary<string, (int Page, double Y)> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Outline entries in document order.</summary>
    public List<(int Level, string Title, string Destination)> Outline { get; } = [];

    /// <summary>The root of the structure tree.</summary>
    public StructureNode Root { get; } = new("Document");

    private PdfPage Page => _page ?? throw new InvalidOperationException("drawing outside a page");

    private StructureNode CurrentTag => _tags.Count > 0 ? _tags[^1] : Root;

    /// <inheritdoc />
    public void BeginPage(double width, double height)
    {
        _page = new PdfPage(width, height);
        Pages.Add(_page);
    }

    /// <inheritdoc />
    public void EndPage()
    {
        CloseMarked();
        _page = null;
    }

    /// <inheritdoc />
    public void DrawText(TextDraw text)
    {
        if (text.GlyphCount == 0)
        {
            return;
        }

        if (!Fonts.TryGetValue(text.Run.Face, out var usage))
        {
            usage = new FontUsage(text.Run.Face, Fonts.Count + 1);
            Fonts[text.Run.Face] = usage;
        }

        usage.Add(text);
        MarkContent();
        if (text.Language is { } language)
        {
            // A span of another language inside the element's marked content (ISO 32000-1, 14.9.2.2).
            Page.Operations.Add(new BeginLanguageOperation(language));
        }

        Page.Operations.Add(new TextOperation(text, Page.Height - text.Baseline));
        if (text.Language is not null)
        {
            Page.Operations.Add(new EndMarkedOperation());
        }
    }

    /// <inheritdoc />
    public void FillRectangle(double x, double y, double width, double height, string color)
    {
        MarkArtifact();
        Page.Operations.Add(new RectangleOperation(x, Page.Height - y - height, width, height, color));
    }

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color)
    {
        MarkArtifact();
        Page.Operations.Add(new LineOperation(x1, Page.Height - y1, x2, Page.Height - y2, lineWidth, color));
    }

    /// <inheritdoc />
    public void DrawPath(Drawing.PathData path, Drawing.PathStyle style, bool decorative = true)
    {
        if (decorative)
        {
            MarkArtifact();
        }
        else
        {
            MarkContent();
        }

        Page.Operations.Add(new PathOperation(path.Flipped(Page.Height), style));
    }

    /// <inheritdoc />
    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
        if (image.Vector is { } drawing)
        {
            // An SVG picture is drawn as paths, tagged like any picture: no image XObject.
            MarkContent();
            Opacities.UnionWith(VectorContent.Opacities(drawing));
            Page.Operations.Add(new VectorOperation(drawing, x, Page.Height - y - height, width, height));
            return;
        }

        var index = Images.FindIndex(i => ReferenceEquals(i, image));
        if (index < 0)
        {
            Images.Add(image);
            index = Images.Count - 1;
        }

        MarkContent();
        Page.Operations.Add(new ImageOperation(index, x, Page.Height - y - height, width, height));
    }

    /// <inheritdoc />
    public void AddLink(double x, double y, double width, double height, string target, string description, StructureNode? tag = null)
    {
        var link = tag ?? new StructureNode("Link");
        Attach(link);
        link.Kids.Add(new AnnotationKid(Pages.Count - 1, Page.Links.Count));
        Page.Links.Add((x, Page.Height - y - height, width, height, target, description));
        Page.LinkTags.Add(link);
    }

    /// <inheritdoc />
    public void AddDestination(string name, double y) => Destinations.TryAdd(name, (Pages.Count - 1, Page.Height - y));

    /// <inheritdoc />
    public void AddOutlineEntry(int level, string title, string destination) => Outline.Add((level, title, destination));

    /// <inheritdoc />
    public void BeginTag(StructureNode node)
    {
        Attach(node);
        _tags.Add(node);
    }

    /// <inheritdoc />
    public void EndTag() => _tags.RemoveAt(_tags.Count - 1);

    /// <inheritdoc />
    public void BeginArtifact() => _artifactDepth++;

    /// <inheritdoc />
    public void EndArtifact() => _artifactDepth--;

    /// <summary>Makes <paramref name="node"/> a child of the element open now, the first time it is used.</summary>
    private void Attach(StructureNode node)
    {
        if (node.Parent is null)
        {
            node.Parent = CurrentTag;
            CurrentTag.Kids.Add(new ChildKid(node));
        }
    }

    /// <summary>Opens a marked-content sequence for the element open now, unless one is open already.</summary>
    private void MarkContent()
    {
        if (_artifactDepth > 0)
        {
            MarkArtifact();
            return;
        }

        var node = CurrentTag;
        if (_openContent == node)
        {
            return;
        }

        CloseMarked();
        var mcid = Page.MarkedContent.Count;
        Page.MarkedContent.Add(node);
        node.Kids.Add(new ContentKid(Pages.Count - 1, mcid));
        Page.Operations.Add(new BeginMarkedOperation(node.Role, mcid));
        _openContent = node;
    }

    private void MarkArtifact()
    {
        if (!_openArtifact)
        {
            CloseMarked();
            Page.Operations.Add(new BeginArtifactOperation());
            _openArtifact = true;
        }
    }

    private void CloseMarked()
    {
        if (_openContent is not null || _openArtifact)
        {
            Page.Operations.Add(new EndMarkedOperation());
            _openContent = null;
            _openArtifact = false;
        }
    }
}
