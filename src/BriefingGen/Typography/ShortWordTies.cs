using System.Globalization;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// Ties a word of one letter to the word after it with a no-break space, as Russian, Ukrainian,
/// Belarusian, Czech, Slovak and Polish typesetting asks: a line never ends with a preposition or
/// conjunction such as «в», «с», «к», «и» or «a», «z», «w». One paragraph is one pass, so a
/// letter at the end of one text and the space at the start of the next are seen together.
/// </summary>
public sealed class ShortWordTies : InlineRewriter
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>The marks after which a letter still starts a word.</summary>
    private const string Openers = "([{\"'\u00AB\u201E\u201C\u2018\u201A\u2039\u2014\u2013";

    private char _beforeLast = ' ';
    private char _last = ' ';

    /// <summary>True for the languages whose typesetting ties one-letter words to the next.</summary>
    public static bool AppliesTo(CultureInfo culture) => culture.TwoLetterISOLanguageName is "ru" or "uk" or "be" or "cs" or "sk" or "pl";

    /// <summary>The paragraph <paramref name="inlines"/> with its one-letter words tied; unchanged nodes are the same objects.</summary>
    public IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines)
    {
        (_beforeLast, _last) = (' ', ' ');
        return Rewrite(inlines);
    }

    /// <summary>A line of plain text, such as a document title, with its one-letter words tied.</summary>
    public string Apply(string text)
    {
        (_beforeLast, _last) = (' ', ' ');
        return Tie(text);
    }

    /// <inheritdoc />
    protected override void RewriteText(Text text, List<Inline> into)
    {
        var value = Tie(text.Value);
        into.Add(ReferenceEquals(value, text.Value) ? text : text with { Value = value });
    }

    /// <inheritdoc />
    protected override void Passed(Inline inline) => (_beforeLast, _last) = (_last, inline is LineBreak ? '\n' : 'x');

    /// <summary>The text with the space after each one-letter word made a no-break space, or the same string when there is none.</summary>
    private string Tie(string text)
    {
        StringBuilder? output = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && char.IsLetter(_last) && (char.IsWhiteSpace(_beforeLast) || Openers.Contains(_beforeLast)))
            {
                output ??= new StringBuilder(text, 0, i, text.Length);
                output.Append(NoBreakSpace);
            }
            else
            {
                output?.Append(c);
            }

            (_beforeLast, _last) = (_last, c);
        }

        return output?.ToString() ?? text;
    }
}
