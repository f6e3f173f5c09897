using BriefingGen.Styling;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A table: header rows repeated at the top of every page it spans, body rows that never cross a
/// page edge unless a single row is taller than a page (it then splits where it stands, its cells
/// continuing together under the repeated header), and a rule under each row. A header
/// taller than a third of a page is not repeated, nor one with no body under it: it becomes the
/// first body rows, free to split. A table that starts below other content on a page starts there
/// only with its header and first <see cref="LeadBodyRows"/> body rows, as Word keeps them with
/// the rows that follow; otherwise it starts on the next page. Rules are drawn after every row of
/// the page, so no fill covers them; where one crosses a shaded cell it takes a tone that stays
/// visible on the fill.
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

    /// <summary>A rule to draw under a row: where, and the rows either side, whose fills decide its colour.</summary>
    private sealed record Rule(double Y, RowElement Above, RowElement? Below);

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available, draw: null);

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var rules = new List<Rule>();
        Plan(area.Size, (context, area, rules));
        DrawRules(context, area, rules);
    }

    private SpacePlan Plan(Size available, (DrawContext Context, Area Area, List<Rule> Rules)? draw)
    {
        var rows = Rows(available.Width);
        if (_next >= rows.Count)
        {
            return SpacePlan.Empty;
        }

        var used = 0.0;
        void RuleUnder(RowElement row, double height)
        {
            if (draw is { } d)
            {
                if (d.Rules.Count > 0 && d.Rules[^1].Below is null && Math.Abs(d.Rules[^1].Y - (d.Area.Y + used)) < 0.01)
                {
                    d.Rules[^1] = d.Rules[^1] with { Below = row };
                }

                d.Rules.Add(new Rule(d.Area.Y + used + height, row, null));
            }
        }

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
            }

            RuleUnder(header, plan.Height);
            used += plan.Height;
        }

        _headerDrawn |= draw is not null && _repeatHeader;
        var placed = 0;
        for (var i = _next; i < rows.Count; i++)
        {
            var row = rows[i];

            // A row may split only when it could not fit whole even on an otherwise empty page. One
            // that could not fit whole on any page splits where it stands: moving it to the next
            // page would only leave this one empty below the rows (or the text) before it.
            var atTopOfPage = available.Height >= pageContentHeight - 0.5;
            var room = new Size(available.Width, available.Height - used);
            var plan = row.Measure(room, allowSplit: row.Started || (placed == 0 && atTopOfPage));
            if (plan.Kind == SpacePlanKind.Wrap && !row.Started && TallerThanAPage(row, available.Width))
            {
                plan = row.Measure(room, allowSplit: true);
            }

            if (plan.Kind == SpacePlanKind.Wrap)
            {
                // The lead rows keep together only while the table has not begun (its first row may
                // have been split over a page), and not for a row taller than a page, which would
                // not fit on the next page either: moving the table would only leave a gap. The
                // test does not depend on the height offered, as drawing offers only what measuring
                // planned, so measure and draw agree.
                var starting = _next == 0 && !rows[0].Started;
                var keepsLead = starting && i < _leadRows && !atTopOfPage && !TallerThanAPage(row, available.Width);
                return placed == 0 || keepsLead ? SpacePlan.Wrap : SpacePlan.Partial(used);
            }

            if (draw is { } d)
            {
                row.Draw(d.Context, new Area(d.Area.X, d.Area.Y + used, d.Area.Width, plan.Height));
            }

            RuleUnder(row, plan.Height);
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

    /// <summary>The rules of one page, over everything the rows drew, each cell's stretch in the colour its fills ask for.</summary>
    private void DrawRules(DrawContext context, Area area, List<Rule> rules)
    {
        foreach (var rule in rules)
        {
            var above = rule.Above.Fills;
            var below = rule.Below?.Fills;
            var widths = rule.Above.Widths;
            var x = area.X;
            var start = x;
            string? current = null;
            for (var i = 0; i < widths.Count; i++)
            {
                var color = RuleColors.Over(ruleColor, above[i]);
                if (below is not null && i < below.Count)
                {
                    color = RuleColors.Darker(color, RuleColors.Over(ruleColor, below[i]));
                }

                if (current is not null && color != current)
                {
                    context.Canvas.DrawLine(start, rule.Y, x, rule.Y, ruleWidth, current);
                    start = x;
                }

                current = color;
                x += widths[i];
            }

            if (current is not null)
            {
                context.Canvas.DrawLine(start, rule.Y, area.X + area.Width, rule.Y, ruleWidth, current);
            }
        }
    }

    /// <summary>True when <paramref name="row"/> could not fit whole below the repeated header on an empty page.</summary>
    private bool TallerThanAPage(RowElement row, double width)
    {
        var header = _repeatHeader ? headerRows().Sum(h => h.Measure(new Size(width, pageContentHeight), allowSplit: false).Height) : 0;
        return row.Measure(new Size(width, pageContentHeight - header), allowSplit: false).Kind == SpacePlanKind.Wrap;
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
