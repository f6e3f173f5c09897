namespace BriefingGen.Pdf.Layout;

/// <summary>
/// One table row: cells side by side, each with its fill and padding. A row moves whole to the next
/// page when it does not fit; only a row taller than a whole page is split, its cells continuing
/// together.
/// </summary>
internal sealed class RowElement(IReadOnlyList<(Element Content, string? Fill)> cells, IReadOnlyList<double> widths) : Element
{
    /// <summary>Cell padding: horizontal, vertical, points.</summary>
    public (double Horizontal, double Vertical) Padding { get; init; } = (4.25, 2.5);

    /// <summary>The row's structure element (TR), or null; a row that continues on the next page stays one element.</summary>
    public Writing.StructureNode? Tag { get; init; }

    /// <summary>Each cell's fill (RRGGBB), or null for none, left to right.</summary>
    public IReadOnlyList<string?> Fills => [.. cells.Select(c => c.Fill)];

    /// <summary>Each cell's width, points, left to right.</summary>
    public IReadOnlyList<double> Widths => widths;

    /// <summary>Each cell's natural width with its padding, points, left to right (see <see cref="Element.NaturalWidth"/>).</summary>
    public IEnumerable<double> NaturalCellWidths() => cells.Select(c => c.Content.NaturalWidth() + (2 * Padding.Horizontal));

    /// <summary>True once part of the row has been drawn.</summary>
    public bool Started { get; private set; }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Measure(available, allowSplit: Started);

    /// <summary>Measures, allowing a split when the caller knows the row cannot fit anywhere whole.</summary>
    public SpacePlan Measure(Size available, bool allowSplit)
    {
        var height = 0.0;
        var allDone = true;
        var anyDraws = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var plan = cells[i].Content.Measure(Inner(i, available.Height));
            if (plan.Kind == SpacePlanKind.Wrap || plan.Kind == SpacePlanKind.Partial)
            {
                allDone = false;
            }

            anyDraws |= plan.Draws;
            height = Math.Max(height, plan.Height);
        }

        if (allDone)
        {
            return anyDraws || !Started ? SpacePlan.Full(height + (2 * Padding.Vertical)) : SpacePlan.Empty;
        }

        return allowSplit && anyDraws ? SpacePlan.Partial(available.Height) : SpacePlan.Wrap;
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        if (Tag is not null)
        {
            context.Canvas.BeginTag(Tag);
        }

        var x = area.X;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Fill is { } fill)
            {
                context.Canvas.FillRectangle(x, area.Y, widths[i], area.Height, fill);
            }

            var inner = new Area(x + Padding.Horizontal, area.Y + Padding.Vertical, Math.Max(1, widths[i] - (2 * Padding.Horizontal)), Math.Max(0, area.Height - (2 * Padding.Vertical)));
            var plan = cells[i].Content.Measure(inner.Size);
            if (plan.Draws)
            {
                cells[i].Content.Draw(context, inner with { Height = plan.Height });
            }

            x += widths[i];
        }

        if (Tag is not null)
        {
            context.Canvas.EndTag();
        }

        Started = true;
    }

    private Size Inner(int i, double height) =>
        new(Math.Max(1, widths[i] - (2 * Padding.Horizontal)), Math.Max(0, height - (2 * Padding.Vertical)));
}
