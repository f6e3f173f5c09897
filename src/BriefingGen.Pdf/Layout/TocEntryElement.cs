using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// One table-of-contents entry: the heading's text and, flush right on its first line, the page
/// it is on, known from the first layout pass. The whole entry is one link to the heading.
/// </summary>
internal sealed class TocEntryElement(ParagraphElement title, string text, string destination, FontBook fonts, TextStyle numberStyle) : Element
{
    private const double NumberColumn = 28;
    private readonly StructureNode _link = new("Link");

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => title.Measure(available with { Width = available.Width - NumberColumn });

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var width = area.Width - NumberColumn;
        var firstLine = title.LinesFor(width).FirstOrDefault();
        context.Canvas.BeginTag(_link);
        title.Draw(context, area with { Width = width });
        context.Canvas.EndTag();
        if (firstLine is null || context.PageLabelOf(destination) is not { } page)
        {
            return;
        }

        context.Canvas.AddLink(area.X, area.Y, area.Width, area.Height, "#" + destination, text, _link);
        var runs = fonts.Shape(page, numberStyle);
        var numberWidth = runs.Sum(r => r.Face.ToPoints(r.Advance, numberStyle.Size));
        var x = area.X + area.Width - numberWidth;
        var baseline = area.Y + firstLine.BaselineOffset;
        foreach (var run in runs)
        {
            context.Canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, numberStyle.Size, numberStyle.Color, x, baseline) { Bold = numberStyle.Bold, Italic = numberStyle.Italic });
            x += run.Face.ToPoints(run.Advance, numberStyle.Size);
        }
    }
}
