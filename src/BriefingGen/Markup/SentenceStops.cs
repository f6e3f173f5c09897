namespace BriefingGen.Markup;

/// <summary>
/// A template that ends a sentence after a value ("{{ long_date source.date }}.") would print a
/// second stop when the value already ends one: a Russian date ends in "г.", a title may end in a
/// question mark, a recommendation in its own full stop. As in typesetting, the value's stop ends
/// the sentence and the template's is dropped; the value, which is data, is never changed.
/// </summary>
internal static class SentenceStops
{
    /// <summary>The marks that end a sentence, or an abbreviation that can end one.</summary>
    private const string Ends = ".?!\u2026\u203D";

    /// <summary>
    /// The template's text <paramref name="following"/> that comes right after a value whose text
    /// is <paramref name="value"/>, without a full stop it opens with if the value already ends a sentence.
    /// </summary>
    public static string AfterValue(string value, string following)
    {
        var opensWithStop = following.Length > 0 && following[0] == '.' && (following.Length == 1 || following[1] != '.');
        return opensWithStop && value.Length > 0 && Ends.Contains(value[^1]) ? following[1..] : following;
    }
}
