namespace BriefingGen.Styling;

/// <summary>One level of a list: its marker and where its text starts.</summary>
/// <param name="Format">The marker: a bullet character, or for numbers <c>decimal</c>, <c>lower-letter</c> or <c>lower-roman</c>.</param>
/// <param name="Suffix">What follows a number: <c>.</c> or <c>)</c>; empty for bullets.</param>
/// <param name="TextIndent">Where the item's text starts, from the left margin, in points.</param>
/// <param name="Hanging">How far left of the text the marker starts, in points.</param>
public sealed record ListLevelLook(string Format, string Suffix, double TextIndent, double Hanging)
{
    /// <summary>The marker of item <paramref name="number"/> at this level.</summary>
    public string Marker(int number) => Format switch
    {
        "decimal" => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + Suffix,
        "lower-letter" => ((char)('a' + ((number - 1) % 26))).ToString() + Suffix,
        "lower-roman" => Model.RomanNumerals.Of(number).ToLowerInvariant() + Suffix,
        _ => Format,
    };

    /// <summary>True for a numbered level.</summary>
    public bool IsNumbered => Format is "decimal" or "lower-letter" or "lower-roman";
}
