using System.Globalization;
using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// Counts text the way a reader sees it: in characters (code points, as JSON Schema's
/// <c>minLength</c> and <c>maxLength</c> do, so an emoji is one and not two), and tells text that
/// prints as nothing — spaces, zero-width spaces, joiners, soft hyphens, Hangul fillers — from text
/// that shows.
/// </summary>
internal static class VisibleText
{
    /// <summary>The number of characters (code points) in <paramref name="text"/>; a lone surrogate counts as one.</summary>
    public static int Characters(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>True when some character of <paramref name="text"/> leaves a mark on the page.</summary>
    public static bool ShowsAnything(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsBlank(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Names what a blank <paramref name="text"/> holds, for an error: "spaces", or "invisible
    /// characters (U+200B)" with the first few code points, so the writer can find them.
    /// </summary>
    public static string DescribeBlank(string text)
    {
        var invisible = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && invisible.Count < 3)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
                if (!invisible.Contains(name))
                {
                    invisible.Add(name);
                }
            }
        }

        return invisible.Count == 0 ? "spaces" : $"invisible characters ({string.Join(", ", invisible)})";
    }

    /// <summary>
    /// White space, format characters (zero-width space and joiners, soft hyphen, word joiner, byte
    /// order mark, bidirectional marks), controls, and the letters that are drawn blank: the Hangul
    /// fillers and the Braille blank.
    /// </summary>
    private static bool IsBlank(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;
}
