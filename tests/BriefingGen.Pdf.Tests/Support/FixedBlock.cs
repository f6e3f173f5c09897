using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>
/// The layout tests' vocabulary: a block of <paramref name="lines"/> lines, each
/// <paramref name="lineHeight"/> points high, that splits between lines (unless kept whole) and
/// draws one fill per line so tests can see where every line went.
/// </summary>
internal sealed class FixedBlock(string name, int lines, double lineHeight = 10, bool keepTogether = false) : Element
{
    private int _next;

    public string Name => name;

    public override SpacePlan Measure(Size available)
    {
        var remaining = lines - _next;
        if (remaining == 0)
        {
            return SpacePlan.Empty;
        }

        var fit = Math.Min(remaining, (int)Math.Floor((available.Height + 1e-9) / lineHeight));
        if (fit == remaining)
        {
            return SpacePlan.Full(fit * lineHeight);
        }

        return fit == 0 || keepTogether ? SpacePlan.Wrap : SpacePlan.Partial(fit * lineHeight);
    }

    public override void Draw(DrawContext context, Area area)
    {
        var count = (int)Math.Round(area.Height / lineHeight);
        for (var i = 0; i < count; i++)
        {
            context.Canvas.FillRectangle(area.X, area.Y + (i * lineHeight), area.Width, lineHeight, $"{name}:{_next + i + 1}");
        }

        _next += count;
    }
}

/// <summary>Runs the page loop over elements and says which lines landed on which page.</summary>
internal static class Layout
{
    /// <summary>A page 100 points high with a text area of <paramref name="height"/> points at the top.</summary>
    public static List<List<string>> Paginate(Element content, double height = 100)
    {
        var canvas = new RecordingCanvas();
        Run(content, canvas, new Size(200, height), new Area(0, 0, 200, height));
        return canvas.Pages.Select(p => p.OfType<DrawnFill>().Select(f => f.Color).Where(c => c.Contains(':', StringComparison.Ordinal)).ToList()).ToList();
    }

    /// <summary>Runs the page loop of one section onto <paramref name="canvas"/>, from page 1, with no furniture.</summary>
    public static int Run(Element content, ICanvas canvas, Size page, Area area) =>
        Paginator.Paginate(content, canvas, page, area, 1, n => new DrawContext(canvas, n, 0, _ => null));

    /// <summary>The lines of <paramref name="name"/>, "name:1" … "name:count".</summary>
    public static IEnumerable<string> Lines(string name, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => $"{name}:{i}");
}
