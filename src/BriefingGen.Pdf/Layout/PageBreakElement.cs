namespace BriefingGen.Pdf.Layout;

/// <summary>Ends the page: it takes all the space left, once, then nothing.</summary>
internal sealed class PageBreakElement : Element
{
    private bool _done;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => _done ? SpacePlan.Empty : SpacePlan.Partial(available.Height);

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area) => _done = true;
}
