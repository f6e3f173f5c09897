namespace BriefingGen.Pdf.Layout.Wrappers;

/// <summary>
/// Keeps its child whole on one page while it is at most <paramref name="limit"/> points tall: where
/// only part would fit, it moves to the next page. Anything taller splits like any other element,
/// so a runaway heading can never leave a page with nothing it is allowed to draw.
/// </summary>
/// <param name="child">The element kept whole.</param>
/// <param name="limit">The tallest it is kept whole, in points.</param>
internal sealed class KeepTogetherElement(Element child, double limit) : WrapperElement(child)
{
    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        if (plan.Kind != SpacePlanKind.Partial)
        {
            return plan;
        }

        var whole = Child.Measure(available with { Height = double.MaxValue / 4 });
        return whole.Height <= limit ? SpacePlan.Wrap : plan;
    }
}
