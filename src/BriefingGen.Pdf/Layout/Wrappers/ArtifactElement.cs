namespace BriefingGen.Pdf.Layout.Wrappers;

/// <summary>
/// Marks what its child draws as an artifact: page furniture or decoration that assistive
/// technology skips (running headers, banners, a repeated table header).
/// </summary>
/// <param name="child">What it draws.</param>
internal sealed class ArtifactElement(Element child) : WrapperElement(child)
{
    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        context.Canvas.BeginArtifact();
        Child.Draw(context, area);
        context.Canvas.EndArtifact();
    }
}
