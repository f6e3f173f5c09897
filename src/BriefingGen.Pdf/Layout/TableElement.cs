namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A table: header rows repeated at the top of every page it spans, body rows that never cross a
/// page edge (unless a single row is taller than a page), and a rule under each row.
/// </summary>
internal sealed class TableElement(Func<IReadOnlyList<RowElement>> headerRows, IReadOnlyList<RowElement> bodyRows, double pageContentHeight, string ruleColor) : Element
{
    private int _next;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area) => Plan(area.Size, (context, area));

    private SpacePlan Plan(Size available, (DrawContext Context, Area Area)? draw)
    {
        if (_next >= bodyRows.Count)
        {
            return SpacePlan.Empty;
        }

        var used = 0.0;
        foreach (var header in headerRows())
        {
            var plan = header.Measure(new Size(available.Width, available.Height - used), allowSplit: false);
            if (plan.Kind != SpacePlanKind.Full)
            {
                return SpacePlan.Wrap;
            }

            if (draw is { } d)
            {
                header.Draw(d.Context, new Area(d.Area.X, d.Area.Y + used, d.Area.Width, plan.Height));
                d.Context.Canvas.DrawLine(d.Area.X, d.Area.Y + used + plan.Height, d.Area.X + d.Area.Width, d.Area.Y + used + plan.Height, 0.75, ruleColor);
            }

            used += plan.Height;
        }

        var placed = 0;
        for (var i = _next; i < bodyRows.Count; i++)
        {
            var row = bodyRows[i];

            // A row may split only when it could not fit whole even on an otherwise empty page.
            var atTopOfPage = available.Height >= pageContentHeight - 0.5;
            var plan = row.Measure(new Size(available.Width, available.Height - used), allowSplit: row.Started || (placed == 0 && atTopOfPage));
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return placed == 0 ? SpacePlan.Wrap : SpacePlan.Partial(used);
            }

            if (draw is { } d)
            {
                row.Draw(d.Context, new Area(d.Area.X, d.Area.Y + used, d.Area.Width, plan.Height));
                d.Context.Canvas.DrawLine(d.Area.X, d.Area.Y + used + plan.Height, d.Area.X + d.Area.Width, d.Area.Y + used + plan.Height, 0.5, ruleColor);
            }

            used += plan.Height;
            placed++;
            if (plan.Kind == SpacePlanKind.Partial)
            {
                return SpacePlan.Partial(used);
            }

            if (draw is not null)
            {
                _next = i + 1;
            }
        }

        return SpacePlan.Full(used);
    }
}
