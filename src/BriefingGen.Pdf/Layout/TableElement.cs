namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A table: header rows repeated at the top of every page it spans, body rows that never cross a
/// page edge (unless a single row is taller than a page), and a rule under each row. A header
/// taller than a third of a page is not repeated, nor one with no body under it: it becomes the
/// first body rows, free to split. A table that starts below other content on a page starts there
/// only with its header and first <see cref="LeadBodyRows"/> body rows, as Word keeps them with
/// the rows that follow; otherwise it starts on the next page.
/// </summary>
internal sealed class TableElement(Func<IReadOnlyList<RowElement>> headerRows, IReadOnlyList<RowElement> bodyRows, double pageContentHeight, string ruleColor, double ruleWidth) : Element
{
    /// <summary>The body rows that must fit with the header for the table to start on a page that already holds something.</summary>
    public const int LeadBodyRows = 2;

    private int _next;
    private IReadOnlyList<RowElement>? _rows;
    private bool _repeatHeader;
    private bool _headerDrawn;
    private int _leadRows;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area) => Plan(area.Size, (context, area));

    private SpacePlan Plan(Size available, (DrawContext Context, Area Area)? draw)
    {
        var rows = Rows(available.Width);
        if (_next >= rows.Count)
        {
            return SpacePlan.Empty;
        }

        var used = 0.0;
        foreach (var header in _repeatHeader ? headerRows() : [])
        {
            var plan = header.Measure(new Size(available.Width, available.Height - used), allowSplit: false);
            if (plan.Kind != SpacePlanKind.Full)
            {
                return SpacePlan.Wrap;
            }

            if (draw is { } d)
            {
                // The header's repeats on later pages are pagination artifacts: it is read once.
                if (_headerDrawn)
                {
                    d.Context.Canvas.BeginArtifact();
                }

                header.Draw(d.Context, new Area(d.Area.X, d.Area.Y + used, d.Area.Width, plan.Height));
                if (_headerDrawn)
                {
                    d.Context.Canvas.EndArtifact();
                }

                d.Context.Canvas.DrawLine(d.Area.X, d.Area.Y + used + plan.Height, d.Area.X + d.Area.Width, d.Area.Y + used + plan.Height, ruleWidth, ruleColor);
            }

            used += plan.Height;
        }

        _headerDrawn |= draw is not null && _repeatHeader;
        var placed = 0;
        for (var i = _next; i < rows.Count; i++)
        {
            var row = rows[i];

            // A row may split only when it could not fit whole even on an otherwise empty page.
            var atTopOfPage = available.Height >= pageContentHeight - 0.5;
            var plan = row.Measure(new Size(available.Width, available.Height - used), allowSplit: row.Started || (placed == 0 && atTopOfPage));
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return placed == 0 || (_next == 0 && i < _leadRows && !atTopOfPage) ? SpacePlan.Wrap : SpacePlan.Partial(used);
            }

            if (draw is { } d)
            {
                row.Draw(d.Context, new Area(d.Area.X, d.Area.Y + used, d.Area.Width, plan.Height));
                d.Context.Canvas.DrawLine(d.Area.X, d.Area.Y + used + plan.Height, d.Area.X + d.Area.Width, d.Area.Y + used + plan.Height, ruleWidth, ruleColor);
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

    /// <summary>The rows to lay out: the body, or header and body when the header is too tall to repeat.</summary>
    private IReadOnlyList<RowElement> Rows(double width)
    {
        if (_rows is null)
        {
            var header = headerRows();
            var plans = header.Select(r => r.Measure(new Size(width, pageContentHeight), allowSplit: false)).ToList();
            _repeatHeader = bodyRows.Count > 0 && plans.All(p => p.Kind == SpacePlanKind.Full) && plans.Sum(p => p.Height) <= pageContentHeight / 3;
            _rows = _repeatHeader ? bodyRows : [.. header, .. bodyRows];

            // The rows, counted from the first, that start the table together.
            _leadRows = _rows.Count - bodyRows.Count + Math.Min(LeadBodyRows, bodyRows.Count);
        }

        return _rows;
    }
}
