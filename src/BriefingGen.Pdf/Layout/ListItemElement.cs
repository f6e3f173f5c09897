namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A list item with a hanging indent: the marker (bullet or number) in the indent, drawn once at
/// the first line, and the item's content beside it, free to continue on the next page.
/// </summary>
internal sealed class ListItemElement(Element marker, Element content, double indent) : Element
{
    private bool _markerDrawn;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) =>
        content.Measure(new Size(Math.Max(1, available.Width - indent), available.Height));

    /// <inheritdoc />
    protected override void DrawContent(DrawContext context, Area area)
    {
        if (!_markerDrawn)
        {
            var markerPlan = marker.Measure(new Size(indent, area.Height + 1000));
            marker.Draw(context, new Area(area.X, area.Y, indent, markerPlan.Height));
            _markerDrawn = true;
        }

        content.Draw(context, new Area(area.X + indent, area.Y, Math.Max(1, area.Width - indent), area.Height));
    }
}
