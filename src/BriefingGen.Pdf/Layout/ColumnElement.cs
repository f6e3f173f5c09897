namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Children stacked top to bottom with their spacing (space after one plus space before the next,
/// none at the top of a page). A child wrapped in <see cref="Wrappers.KeepWithNextElement"/> moves
/// to the next page when what follows it would not start on this one.
/// </summary>
internal sealed class ColumnElement(IReadOnlyList<Element> children) : Element
{
    private int _current;
    private bool _currentStarted;

    /// <summary>The children.</summary>
    public IReadOnlyList<Element> Children => children;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area) => Plan(area.Size, (context, area));

    private SpacePlan Plan(Size available, (DrawContext Context, Area Area)? draw)
    {
        var used = 0.0;
        var placed = false;
        Element? previous = null;
        for (var i = _current; i < children.Count; i++)
        {
            var child = children[i];
            var continuing = i == _current && _currentStarted;
            var gap = placed && previous is not null ? previous.SpaceAfter + (continuing ? 0 : child.SpaceBefore) : 0;
            var room = new Size(available.Width, Math.Max(0, available.Height - used - gap));
            var plan = child.Measure(room);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return placed ? SpacePlan.Partial(used) : SpacePlan.Wrap;
            }

            if (plan.Kind == SpacePlanKind.Empty)
            {
                if (draw is not null)
                {
                    Advance(i);
                }

                continue;
            }

            if (plan.Kind == SpacePlanKind.Full && child is Wrappers.KeepWithNextElement && placed && !FollowerStarts(i, room.Height - plan.Height, available.Width, child))
            {
                return SpacePlan.Partial(used);
            }

            if (draw is { } d)
            {
                child.Draw(d.Context, new Area(d.Area.X, d.Area.Y + used + gap, d.Area.Width, plan.Height));
            }

            used += gap + plan.Height;
            placed = true;
            previous = child;
            if (plan.Kind == SpacePlanKind.Partial)
            {
                if (draw is not null)
                {
                    _current = i;
                    _currentStarted = true;
                }

                return SpacePlan.Partial(used);
            }

            if (draw is not null)
            {
                Advance(i);
            }
        }

        return placed ? SpacePlan.Full(used) : SpacePlan.Empty;
    }

    private void Advance(int finished)
    {
        _current = finished + 1;
        _currentStarted = false;
    }

    /// <summary>True when the element after <paramref name="index"/> (and any chain of kept elements) can at least start in the room left.</summary>
    private bool FollowerStarts(int index, double room, double width, Element kept)
    {
        if (index + 1 >= children.Count)
        {
            return true;
        }

        var next = children[index + 1];
        var plan = next.Measure(new Size(width, Math.Max(0, room - kept.SpaceAfter - next.SpaceBefore)));
        return plan.Kind != SpacePlanKind.Wrap;
    }
}
