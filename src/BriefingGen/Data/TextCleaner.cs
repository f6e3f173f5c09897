using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// The one place that decides which characters a paper can hold. Word's XML, the PDF's metadata
/// and its text strings all break on control characters, stray surrogate halves and
/// noncharacters; data and pack text are cleaned here once, as they are read, so no later stage
/// has to think about it.
/// </summary>
public static class TextCleaner
{
    /// <summary>True when <paramref name="text"/> holds a character a document cannot.</summary>
    public static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> without the characters a document cannot hold; <paramref name="dropped"/> says how many went.</summary>
    public static string Clean(string text, out int dropped)
    {
        dropped = 0;
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);

        // The embeddings and overrides open at this point, each with whether it was dropped: the
        // U+202C that closes a dropped override goes with it, rather than stay behind closing
        // nothing, and one that closes a kept embedding stays.
        var open = new Stack<bool>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var forbidden = IsForbidden(text, i);
            if (c is '\u202A' or '\u202B' or '\u202D' or '\u202E')
            {
                open.Push(forbidden);
            }
            else if (c == '\u202C' && open.Count > 0)
            {
                forbidden = open.Pop();
            }
            else if (c is '\n' or '\r' or '\u2029')
            {
                // A paragraph's end closes whatever is open (Unicode's bidirectional algorithm, rule X8).
                open.Clear();
            }

            if (forbidden)
            {
                dropped++;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// C0 controls other than tab, line feed and carriage return; DEL and the C1 controls; the
    /// noncharacters (U+FDD0–U+FDEF and the last two code points of every plane), which the
    /// composer keeps for itself; halves of surrogate pairs standing alone; and the bidirectional
    /// overrides (U+202D, U+202E), which make text show in an order other than it is written —
    /// "txt.exe" as "exe.txt" — differently in each viewer. Right-to-left text needs none of them:
    /// its order comes from its letters, and embeddings and isolates are kept. (The U+202C that
    /// closes an override is dropped with it by <see cref="Clean"/>.)
    /// </summary>
    public static bool IsForbidden(string text, int i)
    {
        var c = text[i];
        if (c < 0x20)
        {
            return c is not ('\t' or '\n' or '\r');
        }

        if (c is >= '\u007F' and <= '\u009F' or >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' or '\u202D' or '\u202E')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }

            // U+1FFFE, U+1FFFF … U+10FFFF: the last two code points of each supplementary plane.
            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            return (codePoint & 0xFFFE) == 0xFFFE;
        }

        if (char.IsLowSurrogate(c))
        {
            if (i == 0 || !char.IsHighSurrogate(text[i - 1]))
            {
                return true;
            }

            return (char.ConvertToUtf32(text[i - 1], c) & 0xFFFE) == 0xFFFE;
        }

        return false;
    }
}
