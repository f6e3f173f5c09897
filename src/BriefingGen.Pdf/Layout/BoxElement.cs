namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Padding, a background and rules around one child: callouts, banners, cells, underlined headings.
/// When the child splits across pages, each part gets its own background and rules.
/// </summary>
internal sealed class BoxElement(Element child) : Element
{
    /// <summary>Outer space on the left and right: the box is drawn this far inside the area it is given, points.</summary>
    public (double Left, double Right) Margin { get; init; }

    /// <summary>Inner space: left, top, right, bottom, points.</summary>
    public (double Left, double Top, double Right, double Bottom) Padding { get; init; }

    /// <summary>Background colour, or null.</summary>
    public string? Fill { get; init; }

    /// <summary>A rule down the left edge (width, colour), or null.</summary>
    public (double Width, string Color)? LeftRule { get; init; }

    /// <summary>A rule along the bottom edge (width, colour), or null.</summary>
    public (double Width, string Color)? BottomRule { get; init; }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var inner = new Size(Math.Max(1, available.Width - Margin.Left - Margin.Right - Padding.Left - Padding.Right), available.Height - Padding.Top - Padding.Bottom);
        if (inner.Height <= 0)
        {
            return SpacePlan.Wrap;
        }

        var plan = child.Measure(inner);
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(plan.Height + Padding.Top + Padding.Bottom),
            SpacePlanKind.Partial => SpacePlan.Partial(plan.Height + Padding.Top + Padding.Bottom),
            _ => plan,
        };
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        area = area.Inset(Margin.Left, 0, Margin.Right, 0);
        var canvas = context.Canvas;
        if (Fill is not null)
        {
            canvas.FillRectangle(area.X, area.Y, area.Width, area.Height, Fill);
        }

        if (LeftRule is { } left)
        {
            canvas.FillRectangle(area.X, area.Y, left.Width, area.Height, left.Color);
        }

        if (BottomRule is { } bottom)
        {
            canvas.FillRectangle(area.X, area.Y + area.Height - bottom.Width, area.Width, bottom.Width, bottom.Color);
        }

        child.Draw(context, area.Inset(Padding.Left, Padding.Top, Padding.Right, Padding.Bottom));
    }
}
