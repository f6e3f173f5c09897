namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Children stacked top to bottom with their spacing (space after one plus space before the next,
/// none at the top of a page). Children wrapped in <see cref="Wrappers.KeepWithNextElement"/> form a
/// chain (a heading, a subheading, a lead sentence) that moves to the next page as a unit when the
/// chain and the start of what follows it would not fit on this one. A chain that begins a page is
/// not moved again: one taller than a page breaks like anything else.
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
    public override double NaturalWidth() => children.Count == 0 ? 0 : children.Max(c => c.NaturalWidth());

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

            if (plan.Kind == SpacePlanKind.Full && child is Wrappers.KeepWithNextElement && placed && previous is not Wrappers.KeepWithNextElement
                && !ChainFits(i, room.Height - plan.Height, available.Width))
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

    /// <summary>
    /// True when the rest of the chain that <paramref name="head"/> begins fits whole in
    /// <paramref name="room"/> and what follows the chain can at least start below it (its own
    /// rules say how much must come along: two lines of a paragraph, a table's first rows). A kept
    /// element that would split ends the chain there, as its last lines go on with what follows.
    /// </summary>
    private bool ChainFits(int head, double room, double width)
    {
        for (var i = head + 1; i < children.Count; i++)
        {
            room -= children[i - 1].SpaceAfter + children[i].SpaceBefore;
            var plan = children[i].Measure(new Size(width, Math.Max(0, room)));
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return false;
            }

            if (children[i] is not Wrappers.KeepWithNextElement || plan.Kind == SpacePlanKind.Partial)
            {
                return true;
            }

            room -= plan.Height;
        }

        return true;
    }
}
