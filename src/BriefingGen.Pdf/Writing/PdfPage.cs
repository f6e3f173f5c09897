namespace BriefingGen.Pdf.Writing;

/// <summary>A finished page, waiting to be written: its size, drawing operations, links and named destinations.</summary>
internal sealed class PdfPage(double width, double height)
{
    /// <summary>Width in points.</summary>
    public double Width { get; } = width;

    /// <summary>Height in points.</summary>
    public double Height { get; } = height;

    /// <summary>The drawing operations in order.</summary>
    public List<PageOperation> Operations { get; } = [];

    /// <summary>Link areas (PDF coordinates: x, y of the lower-left corner, width, height), targets and the text linked.</summary>
    public List<(double X, double Y, double Width, double Height, string Target, string Description)> Links { get; } = [];

    /// <summary>The structure element of each marked-content sequence, by MCID: the page's entry in the parent tree.</summary>
    public List<StructureNode> MarkedContent { get; } = [];

    /// <summary>The structure element of each link, by its index in <see cref="Links"/>.</summary>
    public List<StructureNode> LinkTags { get; } = [];
}
