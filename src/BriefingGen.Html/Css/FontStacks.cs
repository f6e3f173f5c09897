using System.Text;

namespace BriefingGen.Html.Css;

/// <summary>
/// The theme's font families as a CSS font stack. The theme names office faces (Calibri and its
/// metric twin Carlito); a screen or mail client may have none of them, so each stack ends in
/// faces every system has — Arial or Georgia, Courier New — and the generic family.
/// </summary>
internal static class FontStacks
{
    private static readonly string[] SerifHints = ["serif", "cambria", "caladea", "georgia", "times", "garamond", "palatino", "book", "minion", "charter"];

    /// <summary>A font-family value for <paramref name="families"/>, each name quoted and escaped.</summary>
    public static string For(IReadOnlyList<string> families, bool monospace)
    {
        var kind = monospace ? "monospace" : families.Any(IsSerif) ? "serif" : "sans-serif";
        string[] safe = kind switch
        {
            "monospace" => ["Consolas", "Courier New"],
            "serif" => ["Georgia", "Times New Roman"],
            _ => ["Arial", "Helvetica"],
        };
        var names = families.Concat(safe).Distinct(StringComparer.OrdinalIgnoreCase).Select(Quote);
        return string.Join(",", names) + "," + kind;
    }

    private static bool IsSerif(string family)
    {
        var lower = family.ToLowerInvariant();
        return !lower.Contains("sans", StringComparison.Ordinal) && SerifHints.Any(h => lower.Contains(h, StringComparison.Ordinal));
    }

    /// <summary>
    /// A family name as a CSS string. Everything but letters, digits, spaces and hyphens is written
    /// as a CSS escape, so a theme's font name cannot close the string, the declaration or the style
    /// element it stands in.
    /// </summary>
    public static string Quote(string family)
    {
        var text = new StringBuilder("\"");
        foreach (var rune in family.EnumerateRunes())
        {
            if ((rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is ' ' or '-')) || (!rune.IsAscii && Rune.IsLetterOrDigit(rune)))
            {
                text.Append(rune.ToString());
            }
            else
            {
                text.Append('\\').Append(rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return text.Append('"').ToString();
    }
}
