using BriefingGen.Model;
using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The canvas that makes a PDF: it turns layout coordinates (top-left origin) into PDF ones
/// (bottom-left, ISO 32000-1 §8.3.2.3), collects pages, fonts, pictures, links, destinations and
/// outline entries, and hands them to <see cref="PdfDocumentWriter"/>.
/// </summary>
internal sealed class PdfCanvas : ICanvas
{
    private PdfPage? _page;

    /// <summary>Finished pages.</summary>
    public List<PdfPage> Pages { get; } = [];

    /// <summary>Fonts in order of first use.</summary>
    public Dictionary<FontFace, FontUsage> Fonts { get; } = [];

    /// <summary>Pictures in order of first use; the same picture drawn twice is embedded once.</summary>
    public List<ImageData> Images { get; } = [];

    /// <summary>Named destinations: page index and the y of the top, PDF coordinates.</summary>
    public Dictionary<string, (int Page, double Y)> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Outline entries in document order.</summary>
    public List<(int Level, string Title, string Destination)> Outline { get; } = [];

    private PdfPage Page => _page ?? throw new InvalidOperationException("drawing outside a page");

    /// <inheritdoc />
    public void BeginPage(double width, double height)
    {
        _page = new PdfPage(width, height);
        Pages.Add(_page);
    }

    /// <inheritdoc />
    public void EndPage() => _page = null;

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
        Page.Operations.Add(new TextOperation(text with { Baseline = Page.Height - text.Baseline }));
    }

    /// <inheritdoc />
    public void FillRectangle(double x, double y, double width, double height, string color) =>
        Page.Operations.Add(new RectangleOperation(x, Page.Height - y - height, width, height, color));

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color) =>
        Page.Operations.Add(new LineOperation(x1, Page.Height - y1, x2, Page.Height - y2, lineWidth, color));

    /// <inheritdoc />
    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
        var index = Images.FindIndex(i => ReferenceEquals(i, image));
        if (index < 0)
        {
            Images.Add(image);
            index = Images.Count - 1;
        }

        Page.Operations.Add(new ImageOperation(index, x, Page.Height - y - height, width, height));
    }

    /// <inheritdoc />
    public void AddLink(double x, double y, double width, double height, string target) =>
        Page.Links.Add((x, Page.Height - y - height, width, height, target));

    /// <inheritdoc />
    public void AddDestination(string name, double y) => Destinations.TryAdd(name, (Pages.Count - 1, Page.Height - y));

    /// <inheritdoc />
    public void AddOutlineEntry(int level, string title, string destination) => Outline.Add((level, title, destination));
}
