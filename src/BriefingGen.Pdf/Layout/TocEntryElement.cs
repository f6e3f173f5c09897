using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// One table-of-contents entry: the heading's text, a dot leader, and flush right on its last line
/// the page it is on, known from the first layout pass. The whole entry is one link to the heading.
/// The leader's dots sit on a grid shared by every entry so that they line up down the page, and
/// are artifacts: a screen reader reads the title and the number, not a row of full stops.
/// </summary>
internal sealed class TocEntryElement(ParagraphElement title, string text, string destination, FontBook fonts, TextStyle numberStyle) : Element
{
    /// <summary>Room kept on the right for the page number, and the gaps either side of the leader.</summary>
    private const double NumberColumn = 28;
    private const double LeaderGap = 4;

    /// <summary>The distance between two leader dots.</summary>
    private const double DotPitch = 4.5;

    private readonly StructureNode _link = new("Link");

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => title.Measure(available with { Width = available.Width - NumberColumn });

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var width = area.Width - NumberColumn;
        var lines = title.LinesFor(width);
        context.Canvas.BeginTag(_link);
        title.Draw(context, area with { Width = width });
        context.Canvas.EndTag();
        if (lines.Count == 0 || context.PageLabelOf(destination) is not { } page)
        {
            return;
        }

        context.Canvas.AddLink(area.X, area.Y, area.Width, area.Height, "#" + destination, text, _link);
        var last = lines[^1];
        var baseline = area.Y + lines.Take(lines.Count - 1).Sum(l => l.Height) + last.BaselineOffset;
        var runs = fonts.Shape(page, numberStyle);
        var numberWidth = runs.Sum(r => r.Face.ToPoints(r.Advance, numberStyle.Size));
        var numberX = area.X + area.Width - numberWidth;
        DrawLeader(context.Canvas, area.X + title.Indent + last.Width + LeaderGap, numberX - LeaderGap, baseline);

        var x = numberX;
        foreach (var run in runs)
        {
            context.Canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, numberStyle.Size, numberStyle.Color, x, baseline) { Bold = numberStyle.Bold, Italic = numberStyle.Italic });
            x += run.Face.ToPoints(run.Advance, numberStyle.Size);
        }
    }

    /// <summary>Dots from <paramref name="from"/> to <paramref name="to"/>, on the page-wide grid of <see cref="DotPitch"/>.</summary>
    private void DrawLeader(ICanvas canvas, double from, double to, double baseline)
    {
        var style = numberStyle with { Bold = false, Italic = false };
        var dot = fonts.Shape(".", style);
        if (dot.Count != 1)
        {
            return;
        }

        var run = dot[0];
        var dotWidth = run.Face.ToPoints(run.Advance, style.Size);
        canvas.BeginArtifact();
        for (var x = Math.Ceiling(from / DotPitch) * DotPitch; x + dotWidth <= to; x += DotPitch)
        {
            canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, style.Size, style.Color, x, baseline));
        }

        canvas.EndArtifact();
    }
}
