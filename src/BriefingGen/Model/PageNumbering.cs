namespace BriefingGen.Model;

/// <summary>How a section numbers its pages.</summary>
/// <param name="Restart">True to start again at <paramref name="Start"/>; false to go on from the section before.</param>
/// <param name="Start">The first page number when restarting.</param>
/// <param name="Format">Arabic, roman or letters.</param>
/// <param name="Prefix">Text printed before every number, e.g. <c>A-</c> for an annex's .</param>
public sealed record PageNumbering(bool Restart = false, int Start = 1, PageNumberFormat Format = PageNumberFormat.Decimal, string Prefix = "")
{
    /// <summary>1, 2, 3 from the first page, the usual case.</summary>
    public static PageNumbering Default { get; } = new();

    /// <summary>The printed form of page number <paramref name="number"/>, with the prefix.</summary>
    public string Print(int number) => Prefix + Number(number);

    /// <summary>Page number <paramref name="number"/> in the section's format, without the prefix: what Word's PAGE field shows.</summary>
    public string Number(int number) => Format switch
    {
        PageNumberFormat.LowerRoman => RomanNumerals.Of(number).ToLowerInvariant(),
        PageNumberFormat.UpperRoman => RomanNumerals.Of(number),
        PageNumberFormat.LowerLetter => Letters(number).ToLowerInvariant(),
        PageNumberFormat.UpperLetter => Letters(number),
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A, B, … Z, AA, BB, … as Word counts with letters.</summary>
    private static string Letters(int number)
    {
        if (number < 1)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var letter = (char)('A' + ((number - 1) % 26));
        return new string(letter, ((number - 1) / 26) + 1);
    }
}
