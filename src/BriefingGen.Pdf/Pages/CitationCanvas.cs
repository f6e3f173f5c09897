using BriefingGen.Model;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Pages;

/// <summary>
/// A canvas that passes everything on and notes the links to notes drawn through it: the marks
/// that cite footnotes, so that the page's foot knows which notes belong there.
/// </summary>
/// <param name="inner">The canvas drawn on.</param>
/// <param name="prefix">The link target of a note mark without its number ("#note-").</param>
/// <param name="cited">Where the numbers of the cited notes go, in the order they are drawn.</param>
internal sealed class CitationCanvas(ICanvas inner, string prefix, List<int> cited) : ICanvas
{
    /// <inheritdoc />
    public void AddLink(double x, double y, double width, double height, string target, string description, StructureNode? tag = null)
    {
        if (target.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(target.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            cited.Add(number);
        }

        inner.AddLink(x, y, width, height, target, description, tag);
    }

    /// <inheritdoc />
    public bool Draws => inner.Draws;

    /// <inheritdoc />
    public void BeginPage(double width, double height) => inner.BeginPage(width, height);

    /// <inheritdoc />
    public void EndPage() => inner.EndPage();

    /// <inheritdoc />
    public void DrawText(TextDraw text) => inner.DrawText(text);

    /// <inheritdoc />
    public void FillRectangle(double x, double y, double width, double height, string color) => inner.FillRectangle(x, y, width, height, color);

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color) => inner.DrawLine(x1, y1, x2, y2, lineWidth, color);

    /// <inheritdoc />
    public void DrawPath(Drawing.PathData path, Drawing.PathStyle style, bool decorative = true) => inner.DrawPath(path, style, decorative);

    /// <inheritdoc />
    public void DrawImage(ImageData image, double x, double y, double width, double height) => inner.DrawImage(image, x, y, width, height);

    /// <inheritdoc />
    public void AddDestination(string name, double y) => inner.AddDestination(name, y);

    /// <inheritdoc />
    public void AddOutlineEntry(int level, string title, string destination) => inner.AddOutlineEntry(level, title, destination);

    /// <inheritdoc />
    public void BeginTag(StructureNode node) => inner.BeginTag(node);

    /// <inheritdoc />
    public void EndTag() => inner.EndTag();

    /// <inheritdoc />
    public void BeginArtifact() => inner.BeginArtifact();

    /// <inheritdoc />
    public void EndArtifact() => inner.EndArtifact();
}
