namespace BriefingGen.Pdf.Layout;

/// <summary>A short horizontal rule at the left, like the line that sets notes apart from the text.</summary>
internal sealed class RuleElement(double width, double thickness, string color) : Element
{
    private bool _done;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) =>
        _done ? SpacePlan.Empty : available.Height >= thickness ? SpacePlan.Full(thickness) : SpacePlan.Wrap;

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        context.Canvas.FillRectangle(area.X, area.Y, Math.Min(width, area.Width), thickness, color);
        _done = true;
    }
}
