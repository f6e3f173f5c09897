namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A list item with a hanging indent: the marker (bullet or number) drawn once at the first line,
/// <paramref name="markerOffset"/> points in from the left, and the item's content starting
/// <paramref name="indent"/> points in, free to continue on the next page. Numbered headings use it too.
/// </summary>
internal sealed class ListItemElement(Element marker, Element content, double indent, double markerOffset = 0) : Element
{
    private bool _markerDrawn;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) =>
        content.Measure(new Size(Math.Max(1, available.Width - indent), available.Height));

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        if (!_markerDrawn)
        {
            var width = Math.Max(1, indent - markerOffset);
            var markerPlan = marker.Measure(new Size(width, area.Height + 1000));
            marker.Draw(context, new Area(area.X + markerOffset, area.Y, width, markerPlan.Height));
            _markerDrawn = true;
        }

        content.Draw(context, new Area(area.X + indent, area.Y, Math.Max(1, area.Width - indent), area.Height));
    }
}
