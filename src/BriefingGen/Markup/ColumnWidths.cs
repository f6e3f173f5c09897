using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace BriefingGen.Markup;

/// <summary>
/// Decides each column's share of a table's width: from the separator row's dash counts when the
/// template sets them (<c>|-----|--|</c>), otherwise from the length of the content, so a column
/// of short numbers does not get as much room as a column of sentences.
/// </summary>
internal static class ColumnWidths
{
    private const double Narrowest = 0.06;

    /// <summary>Fractions adding up to 1, one per column.</summary>
    public static IReadOnlyList<double> Of(MdTable table, IReadOnlyList<MdTableRow> rows, int columns)
    {
        if (columns == 0)
        {
            return [];
        }

        var declared = table.ColumnDefinitions.Take(columns).Select(c => (double)c.Width).ToArray();
        var weights = declared.Length == columns && declared.All(w => w > 0) ? declared : FromContent(rows, columns);
        var total = weights.Sum();
        var shares = weights.Select(w => Math.Max(Narrowest, w / total)).ToArray();
        var sum = shares.Sum();
        return shares.Select(s => s / sum).ToArray();
    }

    /// <summary>
    /// Weights from content: the longest word sets a floor (a column must hold it), the average
    /// text length sets how much more it deserves; a square root keeps long prose from starving
    /// the rest.
    /// </summary>
    private static double[] FromContent(IReadOnlyList<MdTableRow> rows, int columns)
    {
        var weights = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            var texts = rows.Where(r => i < r.Count).Select(r => Text((MdTableCell)r[i])).ToList();
            var longestWord = texts.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
            var averageLength = texts.Select(t => t.Length).DefaultIfEmpty(1).Average();
            weights[i] = Math.Max(longestWord, 3) + Math.Sqrt(averageLength) * 4;
        }

        return weights;
    }

    private static string Text(MdTableCell cell) =>
        string.Join(' ', cell.OfType<Markdig.Syntax.ParagraphBlock>().Select(p => InlineConverter.PlainText(p.Inline)));
}
