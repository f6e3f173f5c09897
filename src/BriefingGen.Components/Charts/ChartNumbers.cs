using System.Globalization;

namespace BriefingGen.Components.Charts;

/// <summary>
/// Values written as the document's culture writes them, with as many decimals as the values
/// they stand among need (so 7 % and 7,9 % on one axis read 7,0 % and 7,9 %), and the Word number
/// format codes that say the same.
/// </summary>
internal static class ChartNumbers
{
    /// <summary>The most decimals a plain number shows.</summary>
    private const int MaxDecimals = 2;

    /// <summary>How many decimals <paramref name="values"/> need in <paramref name="format"/>.</summary>
    public static int Decimals(ValueFormat format, IEnumerable<double> values) => format switch
    {
        ValueFormat.Percent => values.Any(v => !IsWhole(v * 100)) ? 1 : 0,
        ValueFormat.Decimal1 => 1,
        _ => values.Select(Needed).DefaultIfEmpty(0).Max(),
    };

    /// <summary><paramref name="value"/> in <paramref name="format"/>: <c>1 234,5</c> and <c>12 %</c> in Norwegian, <c>1,234.5</c> and <c>12%</c> in English.</summary>
    public static string Format(double value, ValueFormat format, int decimals, CultureInfo culture) => format switch
    {
        ValueFormat.Percent => value.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), culture),
        _ => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture),
    };

    /// <summary>The format code Word and spreadsheets use for the same; they apply the reader's own separators.</summary>
    public static string Code(ValueFormat format, int decimals) => format switch
    {
        ValueFormat.Percent => decimals == 0 ? "0%" : "0." + new string('0', decimals) + "%",
        _ => decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals),
    };

    private static int Needed(double value)
    {
        for (var d = 0; d < MaxDecimals; d++)
        {
            if (IsWhole(value * Math.Pow(10, d)))
            {
                return d;
            }
        }

        return MaxDecimals;
    }

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-6;
}
