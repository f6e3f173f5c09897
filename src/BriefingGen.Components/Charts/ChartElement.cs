using BriefingGen.Pdf.Drawing;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Components.Charts;

/// <summary>
/// A chart drawn as vector paths, across the whole column: light gridlines, the value axis's
/// numbers and title, the bars (hatched from the second series on) or lines (a marker shape per
/// series), category names that wrap under their place or turn on end when a word is too wide for
/// it, data labels if asked, and a legend below. Every word is real text. It never splits.
/// </summary>
/// <param name="chart">The chart.</param>
/// <param name="sheet">The stylesheet, for the palette and the text colours.</param>
/// <param name="fonts">Fonts, for measuring single lines and for turned labels.</param>
/// <param name="layouter">Lays out wrapped labels.</param>
/// <param name="text">The labels' style: table text.</param>
internal sealed class ChartElement(Chart chart, StyleSheet sheet, FontBook fonts, TextLayouter layouter, TextStyle text) : Element
{
    private const double Gap = 4;
    private const double LegendGap = 10;
    private const double Swatch = 9;
    private readonly List<(double X, double Y, double Width, double Height)> _labels = [];
    private bool _done;

    private TextStyle Muted => text with { Color = sheet.Colors.Muted };

    private TextStyle Title => text with { Color = sheet.Colors.Muted, Bold = true };

    private TextStyle Small => text with { Size = text.Size - 0.5 };

    private double LineHeight => text.Size * 1.3;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var height = Height(available.Width);
        return height <= available.Height + 0.01 ? SpacePlan.Full(height) : SpacePlan.Wrap;
    }

    /// <summary>The whole chart's height at <paramref name="width"/>: the frame, then the legend.</summary>
    private double Height(double width) => Frame(width) + LegendGap + (LegendRows(width).Count * LineHeight * 1.2);

    /// <summary>The height of everything above the legend.</summary>
    private double Frame(double width)
    {
        if (!chart.Horizontal)
        {
            var (_, _, slot) = Columns(0, width);
            var categoryTitle = chart.CategoryTitle is null ? 0 : LineHeight + Gap;
            return TopPad + PlotHeight(width) + Gap + CategoryLabels(slot).Height + categoryTitle;
        }

        var labels = LabelColumn(width);
        var rows = chart.Categories.Sum(c => RowHeight(c, labels));
        return TopBand + rows + Gap + LineHeight + (chart.ValueAxis.Title is null ? 0 : LineHeight + Gap);
    }

    /// <summary>The plot's own height for columns and lines: two fifths of the width, within limits, whatever room the category names take below it.</summary>
    private static double PlotHeight(double width) => Math.Clamp(width * 0.4, 140, 210);

    /// <summary>Room above the plot for the top gridline's number, or for data labels above the tallest bar.</summary>
    private double TopPad => chart.DataLabels ? LineHeight * 1.5 : LineHeight / 2;

    /// <summary>
    /// Where the plot of a column or line chart starts and ends across <paramref name="width"/>
    /// (after the value axis's title and numbers, before the secondary axis's), and the width each
    /// category gets.
    /// </summary>
    private (double X0, double X1, double Slot) Columns(double left, double width)
    {
        var (primary, secondary) = ChartScale.Of(chart);
        var leftTitle = chart.ValueAxis.Title is null ? 0 : LineHeight + Gap;
        var leftTicks = primary.Ticks.Max(t => Width(chart.FormatTick(chart.ValueAxis, t, primary.Ticks), Muted)) + Gap;
        var secondaryAxis = chart.SecondaryAxis ?? new ChartAxis(null);
        var rightTitle = secondary is null || secondaryAxis.Title is null ? 0 : LineHeight + Gap;
        var rightTicks = secondary is null ? Gap * 2 : secondary.Ticks.Max(t => Width(chart.FormatTick(secondaryAxis, t, secondary.Ticks), Muted)) + Gap;
        var (x0, x1) = (left + leftTitle + leftTicks, left + width - rightTitle - rightTicks);
        return (x0, x1, (x1 - x0) / chart.Categories.Count);
    }

    private double TopBand => chart.Horizontal && chart.CategoryTitle is not null ? LineHeight + Gap : LineHeight / 2;

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var frame = Frame(area.Width);
        _labels.Clear();
        if (chart.Horizontal)
        {
            DrawHorizontal(context, area);
        }
        else
        {
            DrawVertical(context, area, frame);
        }

        DrawLegend(context, area.X, area.Y + frame + LegendGap, area.Width);
        _done = true;
    }

    private void DrawVertical(DrawContext context, Area area, double frame)
    {
        var (primary, secondary) = ChartScale.Of(chart);
        var secondaryAxis = chart.SecondaryAxis ?? new ChartAxis(null);
        var (x0, x1, slot) = Columns(area.X, area.Width);
        var turned = CategoryLabels(slot).Turned;
        var top = area.Y + TopPad;
        var bottom = top + PlotHeight(area.Width);
        double Y(ChartScale scale, double value) => bottom - (scale.Fraction(value) * (bottom - top));

        var canvas = context.Canvas;
        foreach (var tick in primary.Ticks)
        {
            var y = Y(primary, tick);
            canvas.DrawLine(x0, y, x1, y, 0.5, ChartLooks.Gridline);
            Line(context, chart.FormatTick(chart.ValueAxis, tick, primary.Ticks), x0 - Gap, y, Muted, TextAlignment.Right);
        }

        if (secondary is not null)
        {
            foreach (var tick in secondary.Ticks)
            {
                Line(context, chart.FormatTick(secondaryAxis, tick, secondary.Ticks), x1 + Gap, Y(secondary, tick), Muted, TextAlignment.Left);
            }
        }

        var zero = Y(primary, Math.Clamp(0, primary.Min, primary.Max));
        var bars = chart.BarSeries;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var left = x0 + (i * slot);
            if (bars.Count > 0)
            {
                var stacked = chart.Layout == ChartLayout.Stacked;
                var width = stacked ? Math.Min(slot * 0.55, 56) : Math.Min(slot * 0.75 / bars.Count, 44);
                var start = left + ((slot - (stacked ? width : width * bars.Count)) / 2);
                var (up, down) = (0.0, 0.0);
                foreach (var (series, n) in bars.Select((s, n) => (s, n)))
                {
                    var scale = series.Secondary ? secondary! : primary;
                    var value = series.Values[i];
                    var from = stacked ? (value >= 0 ? up : down) : 0;
                    var to = from + value;
                    (up, down) = stacked ? (value >= 0 ? (to, down) : (up, to)) : (up, down);
                    var x = stacked ? start : start + (n * width);
                    var (yTop, yBottom) = (Y(scale, Math.Max(from, to)), Y(scale, Math.Min(from, to)));
                    Bar(canvas, series, x, yTop, width, yBottom - yTop);
                    if (chart.DataLabels)
                    {
                        BarLabel(context, series, value, x, yTop, width, yBottom - yTop, stacked, vertical: true);
                    }
                }
            }

            CategoryLabel(context, chart.Categories[i], left, bottom + Gap, slot, turned);
        }

        canvas.DrawLine(x0, zero, x1, zero, 0.75, sheet.Colors.Muted);
        foreach (var series in chart.Series.Where(s => s.Mark == SeriesMark.Line))
        {
            var scale = series.Secondary ? secondary! : primary;
            var points = series.Values.Select((v, i) => (X: x0 + ((i + 0.5) * slot), Y: Y(scale, v))).ToList();
            LineSeries(context, series, points);
        }

        if (chart.ValueAxis.Title is { } title)
        {
            Turned(canvas, title, area.X + (LineHeight / 2) + (Title.Size * 0.35), (top + bottom) / 2, Title);
        }

        if (secondaryAxis.Title is { } right && secondary is not null)
        {
            Turned(canvas, right, area.X + area.Width - (LineHeight / 2) + (Title.Size * 0.35), (top + bottom) / 2, Title);
        }

        if (chart.CategoryTitle is { } category)
        {
            Line(context, category, (x0 + x1) / 2, area.Y + frame - (LineHeight / 2), Title, TextAlignment.Center);
        }
    }

    private void DrawHorizontal(DrawContext context, Area area)
    {
        var (primary, _) = ChartScale.Of(chart);
        var labels = LabelColumn(area.Width);
        var valueRoom = chart.DataLabels ? chart.Series.Max(s => s.Values.Max(v => Width(chart.Format(s, v), Small))) + Gap : 0;
        var x0 = area.X + labels + Gap;
        var x1 = area.X + area.Width - Math.Max(valueRoom, Width(chart.FormatTick(chart.ValueAxis, primary.Max, primary.Ticks), Muted) / 2);
        double X(double value) => x0 + (primary.Fraction(value) * (x1 - x0));
        var top = area.Y + TopBand;
        var bottom = top + chart.Categories.Sum(c => RowHeight(c, labels));
        var canvas = context.Canvas;
        foreach (var tick in primary.Ticks)
        {
            var x = X(tick);
            canvas.DrawLine(x, top, x, bottom, 0.5, ChartLooks.Gridline);
            Line(context, chart.FormatTick(chart.ValueAxis, tick, primary.Ticks), x, bottom + Gap + (LineHeight / 2), Muted, TextAlignment.Center);
        }

        if (chart.CategoryTitle is { } category)
        {
            Line(context, category, area.X, area.Y + (LineHeight / 2), Title, TextAlignment.Left);
        }

        var bars = chart.BarSeries;
        var stacked = chart.Layout == ChartLayout.Stacked;
        var y = top;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var row = RowHeight(chart.Categories[i], labels);
            var label = Paragraph(chart.Categories[i], text, TextAlignment.Right);
            var height = label.Measure(new Size(labels, double.MaxValue)).Height;
            label.Draw(context, new Area(area.X, y + ((row - height) / 2), labels, height));
            var thick = stacked ? Math.Min(row * 0.6, 16) : Math.Min((row - 6) / bars.Count, 12);
            var start = y + ((row - (stacked ? thick : thick * bars.Count)) / 2);
            var (right, left) = (0.0, 0.0);
            foreach (var (series, n) in bars.Select((s, n) => (s, n)))
            {
                var value = series.Values[i];
                var from = stacked ? (value >= 0 ? right : left) : 0;
                var to = from + value;
                (right, left) = stacked ? (value >= 0 ? (to, left) : (right, to)) : (right, left);
                var by = stacked ? start : start + (n * thick);
                var (a, b) = (X(Math.Min(from, to)), X(Math.Max(from, to)));
                Bar(canvas, series, a, by, b - a, thick);
                if (chart.DataLabels)
                {
                    BarLabel(context, series, value, a, by, b - a, thick, stacked, vertical: false);
                }
            }

            y += row;
        }

        var zero = X(Math.Clamp(0, primary.Min, primary.Max));
        canvas.DrawLine(zero, top, zero, bottom, 0.75, sheet.Colors.Muted);
        if (chart.ValueAxis.Title is { } title)
        {
            Line(context, title, (x0 + x1) / 2, bottom + Gap + LineHeight + Gap + (LineHeight / 2), Title, TextAlignment.Center);
        }
    }

    /// <summary>The width of the category names' column beside horizontal bars: as wide as the longest name, up to a third of the chart.</summary>
    private double LabelColumn(double width) => Math.Min(chart.Categories.Max(c => Width(c, text)) + 2, width / 3);

    private double RowHeight(string category, double labels)
    {
        var bars = chart.Layout == ChartLayout.Stacked ? 1 : chart.BarSeries.Count;
        var label = Paragraph(category, text, TextAlignment.Right).Measure(new Size(labels, double.MaxValue)).Height;
        return Math.Max(label + 6, Math.Max(22, (bars * 10) + 8));
    }

    /// <summary>How tall the category names under the plot are, and whether they must turn on end because a word is wider than its place.</summary>
    private (double Height, bool Turned) CategoryLabels(double slot)
    {
        var widest = chart.Categories.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => Width(w, text)).DefaultIfEmpty(0).Max();
        if (widest <= slot - 2)
        {
            return (chart.Categories.Max(c => Paragraph(c, text, TextAlignment.Center).Measure(new Size(slot - 2, double.MaxValue)).Height), false);
        }

        return (chart.Categories.Max(c => Width(c, text)) + Gap, true);
    }

    private void CategoryLabel(DrawContext context, string category, double left, double top, double slot, bool turned)
    {
        if (!turned)
        {
            var paragraph = Paragraph(category, text, TextAlignment.Center);
            var height = paragraph.Measure(new Size(slot - 2, double.MaxValue)).Height;
            paragraph.Draw(context, new Area(left + 1, top, slot - 2, height));
            return;
        }

        // Turned to read bottom to top, ending just under the axis at the middle of its place.
        var x = left + (slot / 2) + (text.Size * 0.35);
        var pen = top + Width(category, text);
        foreach (var run in fonts.Shape(category, text))
        {
            context.Canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, text.Size, text.Color, x, pen, Rotated: true) { Bold = text.Bold });
            pen -= run.Face.ToPoints(run.Advance, text.Size);
        }
    }

    /// <summary>A bar in its series' colour, then its hatching in white over it.</summary>
    private void Bar(ICanvas canvas, ChartSeries series, double x, double y, double width, double height)
    {
        if (width <= 0 || height <= 0)
        {
            return;
        }

        canvas.DrawPath(new PathData().Rectangle(x, y, width, height), new PathStyle(ChartLooks.Color(sheet, chart, series), "FFFFFF", 0.5), decorative: false);
        ChartHatch.Draw(canvas, ChartLooks.Pattern(chart, series), x, y, width, height);
    }

    /// <summary>A value at its bar: beyond its end when grouped, inside its segment when stacked (if it fits).</summary>
    private void BarLabel(DrawContext context, ChartSeries series, double value, double x, double y, double width, double height, bool stacked, bool vertical)
    {
        var label = chart.Format(series, value);
        var size = Width(label, Small);
        if (!stacked)
        {
            if (vertical)
            {
                Line(context, label, x + (width / 2), value >= 0 ? y - (LineHeight / 2) - 1 : y + height + (LineHeight / 2) + 1, Small, TextAlignment.Center, "FFFFFF");
            }
            else
            {
                Line(context, label, value >= 0 ? x + width + 2 : x - 2, y + (height / 2), Small, value >= 0 ? TextAlignment.Left : TextAlignment.Right, "FFFFFF");
            }

            return;
        }

        if (size + 2 > width || LineHeight > height)
        {
            return;
        }

        var fill = ChartLooks.Color(sheet, chart, series);
        var ink = Contrast.Ratio(fill, "FFFFFF") >= ThemeLoader.MinimumContrast ? "FFFFFF" : sheet.Colors.Text;
        Line(context, label, x + (width / 2), y + (height / 2), Small with { Color = ink, Bold = true }, TextAlignment.Center, fill);
    }

    private void LineSeries(DrawContext context, ChartSeries series, IReadOnlyList<(double X, double Y)> points)
    {
        var color = ChartLooks.Color(sheet, chart, series);
        var path = new PathData().MoveTo(points[0].X, points[0].Y);
        foreach (var (x, y) in points.Skip(1))
        {
            path.LineTo(x, y);
        }

        context.Canvas.DrawPath(path, new PathStyle(null, color, 2), decorative: false);
        var marker = ChartLooks.Marker(chart, series);
        foreach (var (point, i) in points.Select((p, i) => (p, i)))
        {
            ChartMarkers.Draw(context.Canvas, marker, point.X, point.Y, 3.5, color);
            if (chart.DataLabels)
            {
                // Above the marker, or below it where another label already stands above.
                var label = chart.Format(series, series.Values[i]);
                var style = Small with { Color = Contrast.Ratio(color, "FFFFFF") >= ThemeLoader.MinimumContrast ? color : sheet.Colors.Text, Bold = true };
                var above = point.Y - 6 - (LineHeight / 2);
                var middle = Collides(Box(label, point.X, above, style, TextAlignment.Center)) ? point.Y + 6 + (LineHeight / 2) : above;
                Line(context, label, point.X, middle, style, TextAlignment.Center, "FFFFFF");
            }
        }
    }

    /// <summary>The legend's items (swatch or line with marker, then the name), in rows that fit the width.</summary>
    private List<List<(ChartSeries Series, double Width)>> LegendRows(double width)
    {
        var rows = new List<List<(ChartSeries, double)>> { new() };
        var used = 0.0;
        foreach (var series in chart.Series)
        {
            var item = KeyWidth(series) + Gap + Width(series.Name, text) + 14;
            if (used + item > width && rows[^1].Count > 0)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add((series, item));
            used += item;
        }

        return rows;
    }

    private static double KeyWidth(ChartSeries series) => series.Mark == SeriesMark.Bar ? Swatch : 18;

    private void DrawLegend(DrawContext context, double left, double top, double width)
    {
        foreach (var row in LegendRows(width))
        {
            var x = left + ((width - row.Sum(i => i.Width) + 14) / 2);
            var middle = top + (LineHeight * 0.6);
            foreach (var (series, item) in row)
            {
                var color = ChartLooks.Color(sheet, chart, series);
                if (series.Mark == SeriesMark.Bar)
                {
                    Bar(context.Canvas, series, x, middle - (Swatch / 2), Swatch, Swatch);
                }
                else
                {
                    context.Canvas.DrawPath(new PathData().MoveTo(x, middle).LineTo(x + 18, middle), new PathStyle(null, color, 2), decorative: false);
                    ChartMarkers.Draw(context.Canvas, ChartLooks.Marker(chart, series), x + 9, middle, 3.5, color);
                }

                Line(context, series.Name, x + KeyWidth(series) + Gap, middle, text, TextAlignment.Left);
                x += item;
            }

            top += LineHeight * 1.2;
        }
    }

    /// <summary>One line of text placed by its anchor (left end, centre or right end) and its vertical middle.</summary>
    private void Line(DrawContext context, string value, double x, double middle, TextStyle style, TextAlignment alignment, string? backing = null)
    {
        var box = Box(value, x, middle, style, alignment);
        if (backing is not null)
        {
            // A plain patch behind a data label keeps it readable over hatching, lines and gridlines.
            context.Canvas.FillRectangle(box.X - 1.5, box.Y, box.Width + 3, box.Height, backing);
            _labels.Add(box);
        }

        Paragraph(value, style, TextAlignment.Left).Draw(context, new Area(box.X, box.Y, box.Width, box.Height));
    }

    /// <summary>Where one line of text stands when placed by its anchor (left end, centre or right end) and its vertical middle.</summary>
    private (double X, double Y, double Width, double Height) Box(string value, double x, double middle, TextStyle style, TextAlignment alignment)
    {
        var width = Width(value, style) + 1;
        var left = alignment switch
        {
            TextAlignment.Right => x - width,
            TextAlignment.Center => x - (width / 2),
            _ => x,
        };
        var height = Paragraph(value, style, TextAlignment.Left).Measure(new Size(width, double.MaxValue)).Height;
        return (left, middle - (height / 2), width, height);
    }

    /// <summary>Whether <paramref name="box"/> would cover a data label already drawn.</summary>
    private bool Collides((double X, double Y, double Width, double Height) box) =>
        _labels.Exists(l => box.X < l.X + l.Width && l.X < box.X + box.Width && box.Y < l.Y + l.Height && l.Y < box.Y + box.Height);

    /// <summary>A title turned to read bottom to top, centred on <paramref name="middle"/>.</summary>
    private void Turned(ICanvas canvas, string value, double x, double middle, TextStyle style)
    {
        var pen = middle + (Width(value, style) / 2);
        foreach (var run in fonts.Shape(value, style))
        {
            canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, style.Size, style.Color, x, pen, Rotated: true) { Bold = style.Bold });
            pen -= run.Face.ToPoints(run.Advance, style.Size);
        }
    }

    private double Width(string value, TextStyle style) => fonts.Shape(value, style).Sum(r => r.Face.ToPoints(r.Advance, style.Size));

    private ParagraphElement Paragraph(string value, TextStyle style, TextAlignment alignment) =>
        new([new TextSpan(value, style)], layouter, style) { Alignment = alignment };
}
