namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Settles a table's column widths against what its cells need. The template's shares are kept
/// while every cell fits; when some column's text wraps, each column that is wider than its widest
/// cell gives up the room it does not use, and that room goes to the wrapping columns in
/// proportion to their width, never more than they need. "Ministry of Defence" then fits on one
/// line beside a "Trend" column that was twice as wide as "Falling".
/// </summary>
internal static class ColumnFit
{
    /// <summary>Room a shrunk column keeps beyond its widest cell, points, so rounding never wraps it.</summary>
    private const double Slack = 1;

    /// <summary>The widths, summing as <paramref name="widths"/> do, given each column's natural width <paramref name="needs"/> (infinity: takes any room).</summary>
    public static double[] Widths(IReadOnlyList<double> widths, IReadOnlyList<double> needs)
    {
        var result = widths.ToArray();
        var wanting = Enumerable.Range(0, result.Length).Where(i => needs[i] > result[i]).ToList();
        if (wanting.Count == 0)
        {
            return result;
        }

        var spare = 0.0;
        for (var i = 0; i < result.Length; i++)
        {
            if (needs[i] + Slack < result[i])
            {
                spare += result[i] - (needs[i] + Slack);
                result[i] = needs[i] + Slack;
            }
        }

        // Hand the spare room out in rounds: a column that reaches its need drops out, and what it
        // did not take goes to the others in the next round.
        while (spare > 0.01 && wanting.Count > 0)
        {
            var total = wanting.Sum(i => result[i]);
            var given = 0.0;
            foreach (var i in wanting)
            {
                var share = Math.Min(spare * result[i] / total, needs[i] - result[i]);
                result[i] += share;
                given += share;
            }

            spare -= given;
            wanting.RemoveAll(i => needs[i] - result[i] <= 0.01);
        }

        // Every column fits and room is left over: it goes back in the template's proportions.
        if (spare > 0.01)
        {
            var original = widths.Sum();
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += spare * widths[i] / original;
            }
        }

        return result;
    }
}
