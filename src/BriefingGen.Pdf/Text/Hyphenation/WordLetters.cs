using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Text.Hyphenation;

/// <summary>
/// Folds a word to the letters the patterns are written in: lower case by the language's rules,
/// a combining mark composed into its letter where Unicode has the composed letter (и + ◌̆ → й)
/// and otherwise dropped (a Russian stress mark), punctuation at either end left out. Each letter
/// remembers where it ends in the word, after its marks, so that a hyphen found between two
/// letters goes after the marks of the first and never splits a letter from its marks.
/// </summary>
internal static class WordLetters
{
    /// <summary>What stands for an apostrophe among the letters: it parts a word into pieces hyphenated on their own.</summary>
    public const char Apostrophe = '\'';

    /// <summary>
    /// Fills <paramref name="letters"/> and <paramref name="ends"/> (each as long as the word) and
    /// returns how many letters there are, or -1 when the word is not one to hyphenate: it has a
    /// digit, a letter of another script, a symbol, a character outside the Basic Multilingual
    /// Plane or punctuation inside it.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> word, HyphenationLanguage language, Typography.CultureCasing lower, Span<char> letters, Span<int> ends)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && char.IsPunctuation(word[start]))
        {
            start++;
        }

        while (end > start && char.IsPunctuation(word[end - 1]))
        {
            end--;
        }

        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = word[i];
            if (c is '\'' or '\u2019' or '\u02BC')
            {
                letters[count] = Apostrophe;
                ends[count++] = i + 1;
            }
            else if (IsMark(c))
            {
                if (count == 0 || letters[count - 1] == Apostrophe)
                {
                    return -1;
                }

                letters[count - 1] = Compose(letters[count - 1], c);
                ends[count - 1] = i + 1;
            }
            else if (char.IsLetter(c) && language.IsOwnScript(c))
            {
                letters[count] = lower.ToLower(c);
                ends[count++] = i + 1;
            }
            else
            {
                return -1;
            }
        }

        return count;
    }

    /// <summary>Whether a character is a combining mark, which belongs to the letter before it.</summary>
    public static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The letter with the mark composed into it, or the letter alone when Unicode has no such composed letter.</summary>
    private static char Compose(char letter, char mark)
    {
        var composed = string.Concat(new ReadOnlySpan<char>(in letter), new ReadOnlySpan<char>(in mark)).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : letter;
    }
}
