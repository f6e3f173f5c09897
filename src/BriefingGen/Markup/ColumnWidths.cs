namespace BriefingGen.Markup;

/// <summary>
/// Decides each column's share of a table's width: from the separator row's dash counts when the
/// template sets them (<c>|-----|--|</c>), otherwise from the length of the content, so a column
/// of short numbers does not get as much room as a column of sentences.
/// </summary>
internal static class ColumnWidths
{
    private const double Narrowest = 0.06;

    /// <summary>
    /// About how many characters of table text fit across the full text width (9 pt type on an A4
    /// page with 22 mm margins holds some 90 bold ones); used to keep each column wide enough for its
    /// longest word, so "Ответственный" is never broken in the middle.
    /// </summary>
    private const double CharactersPerLine = 90;

    /// <summary>
    /// The longest word a column is made wide enough to hold whole. A longer one (a compound such as
    /// "Utenriksdepartementet", a URL, a 10,000-character string) is hyphenated by Word and the PDF
    /// engine alike, or cut at the column's width when it has no break point, rather than take the
    /// width from every other column and leave them a letter wide.
    /// </summary>
    private const int LongestWordKeptWhole = 20;

    /// <summary>
    /// The letters of a header word a crowded table keeps room for: about the longest piece that
    /// hyphenation leaves of a compound such as "Oljevernberedskap".
    /// </summary>
    private const int HeaderPieceKeptWhole = 9;

    /// <summary>Fractions adding up to 1, one per column, from the dash counts when they differ, else from the content.</summary>
    /// <param name="declared">Each column's dash count in the separator row.</param>
    /// <param name="texts">Each row's cell texts, header included.</param>
    public static IReadOnlyList<double> Of(IReadOnlyList<int> declared, IReadOnlyList<IReadOnlyList<string>> texts)
    {
        var columns = declared.Count;
        if (columns == 0)
        {
            return [];
        }

        // Dashes all the same length say nothing about widths ("|---|---|"); content decides then.
        var weights = declared.Distinct().Count() > 1 ? declared.Select(d => (double)d).ToArray() : FromContent(texts, columns);
        var total = weights.Sum();
        var shares = weights.Select(w => w / total).ToArray();
        var floors = Floors(texts, columns, LongestWordKeptWhole);
        if (floors.Sum() >= 1)
        {
            // Crowded: the header's long words ("Landstrømforsyning") are hyphenated, so that
            // the room goes to the words of the body ("Hammerfest"), which are not.
            floors = Floors(texts, columns, HeaderPieceKeptWhole);
        }

        return FitToFloors(shares, floors);
    }

    /// <summary>
    /// Each column's least share: room for its longest word, those of the header row
    /// (<c>texts[0]</c>) counted up to <paramref name="headerWordCap"/> letters.
    /// </summary>
    private static double[] Floors(IReadOnlyList<IReadOnlyList<string>> texts, int columns, int headerWordCap)
    {
        var header = texts.Take(1).ToList();
        var body = texts.Skip(1).ToList();
        return Enumerable.Range(0, columns)
            .Select(i => Math.Max(Math.Min(LongestWord(body, i), LongestWordKeptWhole), Math.Min(LongestWord(header, i), headerWordCap)))
            .Select(longest => Math.Max(Narrowest, (longest + 3) / CharactersPerLine))
            .ToArray();
    }

    /// <summary>
    /// Raises every column to its floor and takes the room from the columns above theirs, in
    /// proportion to their surplus; when the floors alone exceed the width, shares follow the floors.
    /// </summary>
    internal static double[] FitToFloors(double[] shares, double[] floors)
    {
        if (floors.Sum() >= 1)
        {
            var sum = floors.Sum();
            return floors.Select(f => f / sum).ToArray();
        }

        var result = shares.ToArray();
        for (var round = 0; round < shares.Length; round++)
        {
            var deficit = 0.0;
            for (var i = 0; i < result.Length; i++)
            {
                if (result[i] < floors[i])
                {
                    deficit += floors[i] - result[i];
                    result[i] = floors[i];
                }
            }

            if (deficit <= 1e-9)
            {
                break;
            }

            var surplus = Enumerable.Range(0, result.Length).Sum(i => Math.Max(0, result[i] - floors[i]));
            for (var i = 0; i < result.Length; i++)
            {
                result[i] -= deficit * Math.Max(0, result[i] - floors[i]) / surplus;
            }
        }

        return result;
    }

    /// <summary>
    /// True when the columns cannot all hold their words side by side, so most cells would break
    /// words letter by letter. Words of the body are counted up to 12 letters: one long word (a
    /// URL) in a column is broken in any table and is no sign of too many columns; words of the
    /// header, which are hyphenated, as far as <see cref="HeaderPieceKeptWhole"/>.
    /// </summary>
    public static bool Crowded(IReadOnlyList<IReadOnlyList<string>> texts, int columns)
    {
        var header = texts.Take(1).ToList();
        var body = texts.Skip(1).ToList();
        return Enumerable.Range(0, columns).Sum(i => Math.Max(Math.Min(LongestWord(body, i), 12), Math.Min(LongestWord(header, i), HeaderPieceKeptWhole)) + 3) > CharactersPerLine;
    }

    /// <summary>
    /// The spaces a line may break at. No-break, figure and narrow no-break spaces are not among
    /// them: "3&#160;×&#160;4&#160;=&#160;12" is one unbreakable piece, and its column is made wide enough for all of it.
    /// </summary>
    private static readonly char[] BreakableSpaces = [' ', '\t', '\n', '\u3000'];

    private static int LongestWord(IReadOnlyList<IReadOnlyList<string>> texts, int column) =>
        texts.Where(r => column < r.Count)
            .SelectMany(r => r[column].Split(BreakableSpaces, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Length)
            .DefaultIfEmpty(1)
            .Max();

    /// <summary>
    /// Weights from content: the longest word sets a floor (a column must hold it), the average
    /// text length sets how much more it deserves; a square root keeps long prose from starving
    /// the rest.
    /// </summary>
    private static double[] FromContent(IReadOnlyList<IReadOnlyList<string>> texts, int columns)
    {
        var weights = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            var column = texts.Where(r => i < r.Count).Select(r => r[i]).ToList();
            var longestWord = column.SelectMany(t => t.Split(BreakableSpaces, StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
            var averageLength = column.Select(t => t.Length).DefaultIfEmpty(1).Average();
            weights[i] = Math.Max(longestWord, 3) + (Math.Sqrt(averageLength) * 4);
        }

        return weights;
    }
}
