using System.Globalization;
using System.Text;

namespace BriefingGen.Compose;

/// <summary>
/// The marks that stand for slots in composed text: a Unicode noncharacter, the slot's number in
/// ASCII digits and a closing noncharacter. Noncharacters (U+FDD0–U+FDEF) are set aside for a
/// program's internal use; the data and pack readers drop them from every value, so a mark can
/// only come from the composer, and Markdown reads none of these characters as syntax.
/// </summary>
internal static class SlotMarks
{
    /// <summary>Opens an inline slot.</summary>
    public const char InlineOpen = '\uFDD0';

    /// <summary>Closes an inline slot.</summary>
    public const char InlineClose = '\uFDD1';

    /// <summary>Opens a block slot (it must stand alone in its paragraph).</summary>
    public const char BlockOpen = '\uFDD2';

    /// <summary>Closes a block slot.</summary>
    public const char BlockClose = '\uFDD3';

    /// <summary>The mark for inline slot <paramref name="id"/>.</summary>
    public static string Inline(int id) => InlineOpen + id.ToString(CultureInfo.InvariantCulture) + InlineClose;

    /// <summary>The mark for block slot <paramref name="id"/>.</summary>
    public static string Block(int id) => BlockOpen + id.ToString(CultureInfo.InvariantCulture) + BlockClose;

    /// <summary>True when <paramref name="text"/> holds any mark.</summary>
    public static bool Any(string text) => text.AsSpan().IndexOfAnyInRange(InlineOpen, BlockClose) >= 0;

    /// <summary>True for the characters the marks are made of, which no value may contain.</summary>
    public static bool IsMarkCharacter(char c) => c is >= InlineOpen and <= BlockClose;

    /// <summary>
    /// Splits <paramref name="text"/> into plain pieces and slot marks, in order. A stray mark
    /// character that does not form a whole mark is dropped.
    /// </summary>
    public static IEnumerable<(string? Text, int Slot, bool IsBlock)> Split(string text)
    {
        var plain = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not (InlineOpen or BlockOpen))
            {
                if (!IsMarkCharacter(c))
                {
                    plain.Append(c);
                }

                continue;
            }

            var close = c == InlineOpen ? InlineClose : BlockClose;
            var end = text.IndexOf(close, i + 1);
            if (end < 0 || !int.TryParse(text.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            if (plain.Length > 0)
            {
                yield return (plain.ToString(), -1, false);
                plain.Clear();
            }

            yield return (null, id, c == BlockOpen);
            i = end;
        }

        if (plain.Length > 0)
        {
            yield return (plain.ToString(), -1, false);
        }
    }
}
