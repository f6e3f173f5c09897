using BriefingGen.Model;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>One thing drawn on a page, as the layout engine asked for it.</summary>
internal abstract record Drawn;

/// <summary>Text: what it says and its box (top-left origin, points).</summary>
internal sealed record DrawnText(string Text, double X, double Baseline, double Width, double Size) : Drawn;

/// <summary>A filled rectangle.</summary>
internal sealed record DrawnFill(double X, double Y, double Width, double Height, string Color) : Drawn;

/// <summary>A stroked line, in its colour.</summary>
internal sealed record DrawnLine(double X1, double Y1, double X2, double Y2, string Color = "") : Drawn;

/// <summary>A painted path.</summary>
internal sealed record DrawnPath(Pdf.Drawing.PathData Path, Pdf.Drawing.PathStyle Style, bool Decorative) : Drawn;

/// <summary>A picture.</summary>
internal sealed record DrawnImage(double X, double Y, double Width, double Height) : Drawn;

/// <summary>A link rectangle.</summary>
internal sealed record DrawnLink(double X, double Y, double Width, double Height, string Target) : Drawn;

/// <summary>A named destination.</summary>
internal sealed record DrawnDestination(string Name, double Y) : Drawn;

/// <summary>An outline entry.</summary>
internal sealed record DrawnOutline(int Level, string Title, string Destination) : Drawn;

/// <summary>The start of a structure element.</summary>
internal sealed record DrawnTag(string Role) : Drawn;

/// <summary>The end of the last structure element begun.</summary>
internal sealed record DrawnTagEnd : Drawn;

/// <summary>A canvas that keeps everything drawn, page by page, so tests can read the layout back.</summary>
internal sealed class RecordingCanvas : ICanvas
{
    private readonly List<List<Drawn>> _pages = [];

    /// <summary>What each page holds, in drawing order.</summary>
    public IReadOnlyList<IReadOnlyList<Drawn>> Pages => _pages;

    /// <summary>The text of each page, its lines (pieces sharing a baseline) joined by spaces.</summary>
    public IEnumerable<string> PageTexts => _pages.Select(p => string.Join(" ", p.OfType<DrawnText>().GroupBy(t => t.Baseline).Select(line => string.Concat(line.Select(t => t.Text)))));

    public void BeginPage(double width, double height) => _pages.Add([]);

    public void EndPage()
    {
    }

    public void DrawText(TextDraw text)
    {
        var texts = GlyphTexts.Of(text.Run);
        var content = string.Concat(texts.Skip(text.GlyphStart).Take(text.GlyphCount));
        _pages[^1].Add(new DrawnText(content, text.X, text.Baseline, text.Width, text.Size));
    }

    public void FillRectangle(double x, double y, double width, double height, string color) =>
        _pages[^1].Add(new DrawnFill(x, y, width, height, color));

    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color) =>
        _pages[^1].Add(new DrawnLine(x1, y1, x2, y2, color));

    public void DrawPath(Pdf.Drawing.PathData path, Pdf.Drawing.PathStyle style, bool decorative = true) =>
        _pages[^1].Add(new DrawnPath(path, style, decorative));

    public void DrawImage(ImageData image, double x, double y, double width, double height) =>
        _pages[^1].Add(new DrawnImage(x, y, width, height));

    public void AddLink(double x, double y, double width, double height, string target, string description, StructureNode? tag = null) =>
        _pages[^1].Add(new DrawnLink(x, y, width, height, target));

    public void AddDestination(string name, double y) => _pages[^1].Add(new DrawnDestination(name, y));

    public void AddOutlineEntry(int level, string title, string destination) =>
        _pages[^1].Add(new DrawnOutline(level, title, destination));

    public void BeginTag(StructureNode node) => _pages[^1].Add(new DrawnTag(node.Role));

    public void EndTag() => _pages[^1].Add(new DrawnTagEnd());

    public void BeginArtifact()
    {
    }

    public void EndArtifact()
    {
    }
}
