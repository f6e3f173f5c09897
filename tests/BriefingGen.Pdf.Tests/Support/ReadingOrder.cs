using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>
/// Checks that pieces of text come back from a PDF in order. Words are compared after Unicode
/// normalisation; a piece wrapped inside a table cell comes back interleaved with its neighbours'
/// lines, so its words count when they appear in order, each within a few words of the last.
/// </summary>
internal sealed partial class ReadingOrder(string extracted)
{
    private const int Gap = 40;

    /// <summary>White space, and the bidi marks pdftotext puts around right-to-left text.</summary>
    private static readonly char[] Separators = [' ', '\n', '\r', '\t', '\f', '\u00A0', '\u2009', '\u202F', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
    private readonly string[] _tokens = Tokens(extracted);
    private readonly string _compact = string.Concat(Tokens(extracted));
    private readonly int[] _offsets = Offsets(Tokens(extracted));

    /// <summary>The first word position at or after <paramref name="from"/> where <paramref name="piece"/> starts, or -1.</summary>
    public int Find(string piece, int from = 0)
    {
        var want = Tokens(piece);
        if (want.Length == 0)
        {
            return from;
        }

        for (var start = from; start < _tokens.Length; start++)
        {
            if (_tokens[start] == want[0] && Matches(want, start))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="piece"/> is anywhere in the text, as words or, spaces aside, as characters.</summary>
    public bool Contains(string piece) =>
        Find(piece) >= 0 || _compact.Contains(string.Concat(Tokens(piece)), StringComparison.Ordinal);

    /// <summary>The pieces not found in order, each at or after the start of the one before it.</summary>
    public List<string> MissingInOrder(IEnumerable<string> pieces)
    {
        var missing = new List<string>();
        var position = 0;
        foreach (var piece in pieces)
        {
            var start = Find(piece, position);
            if (start < 0)
            {
                // pdftotext may join words set close together (a short cell "3 × 3 = 9" comes back as
                // "3×3=9"); such a piece counts when its characters follow, spaces aside.
                var at = _compact.IndexOf(string.Concat(Tokens(piece)), _offsets[Math.Min(position, _offsets.Length - 1)], StringComparison.Ordinal);
                start = at < 0 ? -1 : Array.FindLastIndex(_offsets, o => o <= at);
            }

            if (start < 0)
            {
                missing.Add(piece);
            }
            else
            {
                position = start;
            }
        }

        return missing;
    }

    /// <summary>
    /// Words of <paramref name="text"/>, normalised: NFKC, lower case, without hyphens, since
    /// pdftotext takes a hyphen at a line end for hyphenation and joins the halves; in its raw mode
    /// it keeps them apart ("con-" at a line's end, "structive" on the next), and they are joined here.
    /// </summary>
    public static string[] Tokens(string text)
    {
        var joined = HyphenAtLineEnd().Replace(text, "");
        var normal = joined.Normalize(NormalizationForm.FormKC).Replace("\u00AD", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return normal.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLower(CultureInfo.InvariantCulture))
            .ToArray();
    }

    [GeneratedRegex(@"(?<=\p{L})[-\u00AD]\r?\n(?=\p{L})")]
    private static partial Regex HyphenAtLineEnd();

    private static int[] Offsets(string[] tokens)
    {
        var offsets = new int[tokens.Length + 1];
        for (var i = 0; i < tokens.Length; i++)
        {
            offsets[i + 1] = offsets[i] + tokens[i].Length;
        }

        return offsets;
    }

    private bool Matches(string[] want, int start)
    {
        var at = start;
        foreach (var word in want.Skip(1))
        {
            var window = Math.Min(Gap, _tokens.Length - at - 1);
            var next = window > 0 ? Array.FindIndex(_tokens, at + 1, window, t => t == word) : -1;
            if (next < 0)
            {
                return false;
            }

            at = next;
        }

        return true;
    }
}
