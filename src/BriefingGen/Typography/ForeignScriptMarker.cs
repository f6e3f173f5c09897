using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// Marks the words of a paragraph written in a script its language does not use ("Мурманск" in an
/// English brief) with the language of that script, so Word checks and hyphenates them in that
/// language and screen readers read them in it. Spaces and punctuation between two such words
/// stay in the run; at its edges they belong to the paper's language.
/// </summary>
public sealed class ForeignScriptMarker(CultureInfo culture) : InlineRewriter
{
    /// <summary>
    /// Most runs marked in one text: a name or a quotation is a handful; text that changes script
    /// every few letters is not language but noise, and splitting it further would only multiply
    /// runs in the Word file and spans in the PDF.
    /// </summary>
    private const int MaxRuns = 256;

    private readonly IReadOnlyList<WritingScript> _native = Scripts.NativeTo(culture);

    /// <summary>The paragraph <paramref name="inlines"/> with foreign-script runs split off and marked.</summary>
    public IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines) => Rewrite(inlines);

    /// <inheritdoc />
    protected override void RewriteText(Text text, List<Inline> into)
    {
        var value = text.Value;
        if (text.Language is not null || IsAllNative(value))
        {
            into.Add(text);
            return;
        }

        var start = 0;
        var i = 0;
        var runs = 0;
        while (i < value.Length && runs < MaxRuns)
        {
            var script = ScriptAt(value, i);
            if (script is WritingScript.Common or WritingScript.Other || _native.Contains(script) || Scripts.LanguageOf(script) is not { } language)
            {
                i += Width(value, i);
                continue;
            }

            // A run of this script: letters of it and anything of no script, ended by the last letter.
            var end = i;
            var j = i;
            while (j < value.Length && ScriptAt(value, j) is var s && (s == script || s == WritingScript.Common))
            {
                j += Width(value, j);
                if (s == script)
                {
                    end = j;
                }
            }

            if (i > start)
            {
                into.Add(text with { Value = value[start..i] });
            }

            into.Add(text with { Value = value[i..end], Language = language });
            start = i = end;
            runs++;
        }

        if (start < value.Length)
        {
            into.Add(start == 0 ? text : text with { Value = value[start..] });
        }
    }

    /// <summary>The fast path: most text is plain letters of the paper's own script.</summary>
    private bool IsAllNative(string value)
    {
        if (_native[0] == WritingScript.Latin && !value.AsSpan().ContainsAnyExceptInRange('\0', '\u024F'))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i += Width(value, i))
        {
            var script = ScriptAt(value, i);
            if (script is not (WritingScript.Common or WritingScript.Other) && !_native.Contains(script))
            {
                return false;
            }
        }

        return true;
    }

    private static WritingScript ScriptAt(string value, int i) =>
        Scripts.Of(char.IsSurrogatePair(value, i) ? char.ConvertToUtf32(value, i) : value[i]);

    private static int Width(string value, int i) => char.IsSurrogatePair(value, i) ? 2 : 1;
}
