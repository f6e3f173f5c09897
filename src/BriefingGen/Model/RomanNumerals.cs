namespace BriefingGen.Model;

/// <summary>Roman numerals, for page numbers and list markers.</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Text)[] Numerals =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary><paramref name="number"/> in capital roman numerals; numbers outside 1–3999 stay arabic.</summary>
    public static string Of(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var sb = new System.Text.StringBuilder();
        foreach (var (value, text) in Numerals)
        {
            while (number >= value)
            {
                sb.Append(text);
                number -= value;
            }
        }

        return sb.ToString();
    }
}
