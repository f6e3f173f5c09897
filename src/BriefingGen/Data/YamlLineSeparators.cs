namespace BriefingGen.Data;

/// <summary>
/// YAML 1.2, like JSON, reads the next line (U+0085), line separator (U+2028) and paragraph
/// separator (U+2029) as characters of the text. YamlDotNet's scanner follows YAML 1.1, which
/// breaks lines at them, so text pasted from a web page or Word with one inside fails to parse
/// or shifts every line number after it. They are swapped for stand-ins of the same length
/// before the scanner sees the file, so lines and columns stay true, and swapped back in what
/// it reads.
/// </summary>
internal static class YamlLineSeparators
{
    private const string Separators = "\u0085\u2028\u2029";

    /// <summary>
    /// Noncharacters, which no paper holds (<see cref="TextCleaner"/> drops them) and which the
    /// composer's slot marks (U+FDD0–U+FDD3) do not use.
    /// </summary>
    private const string StandIns = "\uFDE0\uFDE1\uFDE2";

    /// <summary><paramref name="text"/> with each separator swapped for its stand-in, ready for the scanner.</summary>
    public static string Hide(string text)
    {
        if (text.AsSpan().IndexOfAny(Separators + StandIns) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];

                // A stand-in already in the file is a noncharacter, dropped later like any other;
                // U+FFFE keeps it from coming back as a separator.
                span[i] = Separators.IndexOf(c) is var s and >= 0 ? StandIns[s] : StandIns.Contains(c) ? '\uFFFE' : c;
            }
        });
    }

    /// <summary><paramref name="value"/>, read from hidden text, with its separators back.</summary>
    public static string Restore(string value)
    {
        if (value.AsSpan().IndexOfAny(StandIns) < 0)
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, value) =>
        {
            for (var i = 0; i < value.Length; i++)
            {
                span[i] = StandIns.IndexOf(value[i]) is var s and >= 0 ? Separators[s] : value[i];
            }
        });
    }
}
