using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>What a table's columns hold: which have any content, and which hold numbers.</summary>
internal static class TableColumns
{
    /// <summary>Signs that may stand with the digits of a number, a sum or a score: "−1 234,5 %", "3 × 4 = 12", "1/2".</summary>
    private const string NumberSigns = "+-−–.,%‰×·=/:()±~≈<>≤≥'";

    /// <summary>
    /// The indexes of the columns that hold something in at least one body row, in order. A table
    /// whose columns are all empty keeps them all: there is nothing to make room for.
    /// </summary>
    public static List<int> WithContent(IReadOnlyList<IReadOnlyList<Inline>[]> body)
    {
        var columns = body.Count == 0 ? 0 : body[0].Length;
        var kept = Enumerable.Range(0, columns).Where(i => body.Any(row => !IsEmpty(row[i]))).ToList();
        return kept.Count == 0 ? [.. Enumerable.Range(0, columns)] : kept;
    }

    /// <summary>
    /// True when every cell that holds anything holds a number (digits with signs, spaces and
    /// currency symbols around them) and at least one does: such a column reads best aligned right.
    /// </summary>
    public static bool IsNumeric(IEnumerable<string> cells)
    {
        var any = false;
        foreach (var cell in cells)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            if (!IsNumber(cell))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsNumber(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || NumberSigns.Contains(c) || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol);

    private static bool IsEmpty(IReadOnlyList<Inline> cell) => cell.Count == 0 || (cell.All(i => i is Text or LineBreak or Strong or Emphasis) && string.IsNullOrWhiteSpace(InlineText.Of(cell)));
}
