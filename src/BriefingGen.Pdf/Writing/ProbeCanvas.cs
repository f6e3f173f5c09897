using BriefingGen.Model;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The canvas of the first layout pass: it draws nothing and notes only how many pages there are
/// and which page each destination falls on, for "Page X of Y" and the table of contents.
/// </summary>
internal sealed class ProbeCanvas : ICanvas
{
    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);

    /// <summary>Pages begun so far.</summary>
    public int PageCount { get; private set; }

    /// <summary>The page a destination is on, or null.</summary>
    public int? PageOf(string destination) => _pages.TryGetValue(destination, out var page) ? page : null;

    /// <summary>Every destination met, with the page (from 1) it fell on.</summary>
    public IReadOnlyDictionary<string, int> Destinations => _pages;

    /// <inheritdoc />
    public bool Draws => false;

    /// <inheritdoc />
    public void BeginPage(double width, double height) => PageCount++;

    /// <inheritdoc />
    public void EndPage()
    {
    }

    /// <inheritdoc />
    public void DrawText(TextDraw text)
    {
    }

    /// <inheritdoc />
    public void FillRectangle(double x, double y, double width, double height, string color)
    {
    }

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color)
    {
    }

    /// <inheritdoc />
    public void DrawPath(Drawing.PathData path, Drawing.PathStyle style, bool decorative = true)
    {
    }

    /// <inheritdoc />
    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
    }

    /// <inheritdoc />
    public void AddLink(double x, double y, double width, double height, string target, string description, StructureNode? tag = null)
    {
    }

    /// <inheritdoc />
    public void AddDestination(string name, double y) => _pages.TryAdd(name, PageCount);

    /// <summary>Becomes what <paramref name="other"/> learnt, for a pass run on it in this one's stead.</summary>
    public void Take(ProbeCanvas other)
    {
        PageCount = other.PageCount;
        _pages.Clear();
        foreach (var (name, page) in other._pages)
        {
            _pages[name] = page;
        }
    }

    /// <inheritdoc />
    public void AddOutlineEntry(int level, string title, string destination)
    {
    }

    /// <inheritdoc />
    public void BeginTag(StructureNode node)
    {
    }

    /// <inheritdoc />
    public void EndTag()
    {
    }

    /// <inheritdoc />
    public void BeginArtifact()
    {
    }

    /// <inheritdoc />
    public void EndArtifact()
    {
    }
}
