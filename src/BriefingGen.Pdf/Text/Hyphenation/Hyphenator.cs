using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Text.Hyphenation;

/// <summary>
/// Finds where a word may be hyphenated, by Frank Liang's algorithm over one language's TeX
/// hyph-utf8 patterns and exception list, leaving at least the language's minimum number of
/// letters before and after each hyphen, as TeX does. One hyphenator per language is loaded on
/// first use and shared; it never changes after loading, so any number of threads may use it.
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>Hyphens already in a word: a word that has one breaks there and nowhere else.</summary>
    private const string ExplicitHyphens = "-\u2010\u00AD";

    /// <summary>Words up to this length are folded in stack memory.</summary>
    private const int StackLength = 64;

    private static readonly ConcurrentDictionary<HyphenationLanguage, Lazy<Hyphenator>> Loaded = new();

    private readonly PatternTrie _patterns;
    private readonly Dictionary<string, int[]> _exceptions = [];
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _exceptionsBySpan;
    private readonly Typography.CultureCasing _lower;

    /// <summary>Loads a language's patterns and exceptions from the embedded pattern files; <see cref="For(string)"/> caches the result.</summary>
    public Hyphenator(HyphenationLanguage language)
    {
        Language = language;
        _lower = language.Casing;
        var file = TexPatternFile.Load(language.PatternFile);
        _patterns = new PatternTrie(file.Patterns, _lower);
        foreach (var exception in file.Exceptions)
        {
            // A later entry for the same word wins, as in TeX: the Bokmål and Nynorsk files correct the shared list.
            var (letters, points) = ParseException(exception);
            _exceptions[letters] = points;
        }

        _exceptionsBySpan = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language whose patterns this hyphenator uses.</summary>
    public HyphenationLanguage Language { get; }

    /// <summary>How many patterns were loaded.</summary>
    public int PatternCount => _patterns.Count;

    /// <summary>How many words the exception list hyphenates by hand.</summary>
    public int ExceptionCount => _exceptions.Count;

    /// <summary>
    /// The hyphenator for a culture name such as <c>en-GB</c>, <c>en</c>, <c>nb-NO</c>, <c>no</c>,
    /// <c>nn-NO</c> or <c>ru-RU</c>, or null for a language without patterns.
    /// </summary>
    public static Hyphenator? For(string cultureName) =>
        HyphenationLanguage.Find(cultureName) is { } language
            ? Loaded.GetOrAdd(language, static l => new Lazy<Hyphenator>(() => new Hyphenator(l))).Value
            : null;

    /// <summary>The hyphenator for a culture, or null for a language without patterns.</summary>
    public static Hyphenator? For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return For(culture.Name);
    }

    /// <summary>
    /// The offsets inside <paramref name="word"/> where it may break with a hyphen, in increasing
    /// order: at offset k the first line ends with <c>word[..k]</c>. None for a word with a digit,
    /// a letter of another script or a symbol in it. A word that already has a hyphen or a soft
    /// hyphen (U+00AD) breaks only after those, where the word itself supplies the hyphen.
    /// </summary>
    public IReadOnlyList<int> BreakPoints(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return BreakPoints(word.AsSpan());
    }

    /// <inheritdoc cref="BreakPoints(string)"/>
    public int[] BreakPoints(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny(ExplicitHyphens) >= 0)
        {
            return ExplicitBreakPoints(word);
        }

        if (word.Length < Language.LeftMin + Language.RightMin)
        {
            return [];
        }

        Span<char> letters = word.Length <= StackLength ? stackalloc char[StackLength] : new char[word.Length];
        Span<int> ends = word.Length <= StackLength ? stackalloc int[StackLength] : new int[word.Length];
        var count = WordLetters.Fold(word, Language, _lower, letters, ends);
        if (count < Language.LeftMin + Language.RightMin)
        {
            return [];
        }

        Span<int> found = count <= StackLength ? stackalloc int[StackLength] : new int[count];
        var foundCount = 0;
        var start = 0;
        for (var i = 0; i <= count; i++)
        {
            if (i == count || letters[i] == WordLetters.Apostrophe)
            {
                foundCount += Piece(letters[start..i], ends[start..i], found[foundCount..]);
                start = i + 1;
            }
        }

        return found[..foundCount].ToArray();
    }

    /// <summary>
    /// The word with <paramref name="separator"/> at each break point, except where the word
    /// already has its hyphen: <c>hy-phen-ation</c>. For tests, logs and debugging.
    /// </summary>
    public string Hyphenate(string word, string separator = "-")
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = new StringBuilder(word.Length + 8);
        var last = 0;
        foreach (var point in BreakPoints(word))
        {
            text.Append(word, last, point - last);
            if (!ExplicitHyphens.Contains(word[point - 1], StringComparison.Ordinal))
            {
                text.Append(separator);
            }

            last = point;
        }

        return text.Append(word, last, word.Length - last).ToString();
    }

    /// <summary>Hyphenates one apostrophe-free piece of folded letters into <paramref name="found"/>; returns how many points it found.</summary>
    private int Piece(ReadOnlySpan<char> letters, ReadOnlySpan<int> ends, Span<int> found)
    {
        var (left, right) = (Language.LeftMin, Language.RightMin);
        var length = letters.Length;
        if (length < left + right)
        {
            return 0;
        }

        var count = 0;
        if (_exceptionsBySpan.TryGetValue(letters, out var points))
        {
            // TeX applies the minimums to exceptions as well (The TeXbook, appendix H).
            foreach (var point in points)
            {
                if (point >= left && point <= length - right)
                {
                    found[count++] = ends[point - 1];
                }
            }

            return count;
        }

        // Liang: ".word." against every pattern; an odd value between two letters is a hyphen.
        Span<char> dotted = length + 2 <= StackLength ? stackalloc char[StackLength] : new char[length + 2];
        Span<byte> levels = length + 3 <= StackLength ? stackalloc byte[StackLength] : new byte[length + 3];
        dotted = dotted[..(length + 2)];
        levels = levels[..(length + 3)];
        levels.Clear();
        dotted[0] = '.';
        letters.CopyTo(dotted[1..]);
        dotted[^1] = '.';
        _patterns.Apply(dotted, levels);
        for (var point = left; point <= length - right; point++)
        {
            // levels[k] lies between dotted[k - 1] and dotted[k]; letter i of the word is dotted[i + 1].
            if ((levels[point + 1] & 1) == 1)
            {
                found[count++] = ends[point - 1];
            }
        }

        return count;
    }

    private static int[] ExplicitBreakPoints(ReadOnlySpan<char> word)
    {
        var points = new List<int>();
        for (var i = 1; i < word.Length - 1; i++)
        {
            var soft = word[i] == '\u00AD' && !WordLetters.IsMark(word[i + 1]) && !char.IsLowSurrogate(word[i + 1]);
            var hard = word[i] is '-' or '\u2010' && char.IsLetterOrDigit(word[i - 1]) && char.IsLetterOrDigit(word[i + 1]);
            if (soft || hard)
            {
                points.Add(i + 1);
            }
        }

        return [.. points];
    }

    /// <summary>An exception such as <c>ta-ble</c>: its lower-cased letters and the number of letters before each hyphen.</summary>
    private (string Letters, int[] Points) ParseException(string exception)
    {
        var letters = new StringBuilder(exception.Length);
        var points = new List<int>();
        foreach (var c in exception)
        {
            if (c == '-')
            {
                points.Add(letters.Length);
            }
            else
            {
                letters.Append(_lower.ToLower(c));
            }
        }

        return (letters.ToString(), [.. points]);
    }
}
