using CsCheck;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Text made to break a document pipeline: markup metacharacters of Markdown, Scriban, XML and
/// the pack's own placeholders; footnote marks; character entities for characters no document
/// may hold; control characters; bidi controls and combining marks; emoji sequences; the
/// composer's own slot marks; and words far longer than a line.
/// </summary>
internal static class HostileStrings
{
    /// <summary>Short pieces that mean something to some stage of the pipeline.</summary>
    private static readonly string[] Pieces =
    [
        // Markdown and XML metacharacters.
        "*", "**", "_", "__", "`", "```", "#", "# ", "|", "<", ">", "&", "\\", "~~", "^", "!", "[", "]", "(", ")",
        "[x](y)", "<b>", "</b>", "]]>", "<![CDATA[", "<?xml version=\"1.0\"?>", "\"", "'", "%", "$", ":::", "{#id}", "---", "===",
        "&amp;", "&lt;", "&nbsp;", "<!--", "-->", "<w:p>", "</w:t>", "\\*", "1.", "1)", "- ", "+ ", "> ",
        // Placeholders of the pack's labels and template syntax.
        "{page}", "{pages}", "{{ x }}", "{{ data.title }}", "{{~ end ~}}", "{% raw %}", "{{ include \"/etc/passwd\" }}", "{", "}",
        // Footnotes that cite each other.
        "[^1]", "[^2]", "[^1]: see [^2]", "[^2]: see [^1]", "[^x]",
        // Entities for characters no document may hold.
        "&#0;", "&#1;", "&#8;", "&#xFFFE;", "&#xFFFF;", "&#xD800;", "&#x10FFFF;", "&#x110000;", "&#99999999999;", "&#xFDD0;",
        // Control characters and odd line breaks.
        "\0", "\u0001", "\u0007", "\b", "\t", "\v", "\f", "\r", "\n", "\r\n", "\u001B", "\u007F", "\u0085", "\u009F", "\u2028", "\u2029",
        // Bidi controls, right-to-left text and combining marks.
        "\u202E", "\u202D", "\u202A", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u0633\u0644\u0627\u0645 123", "e\u0301", "\u0301", "\u0363\u0364\u0365",
        // Other scripts that need shaping, and unusual spaces.
        "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22", "\u0928\u092E\u0938\u094D\u0924\u0947", "\u4E2D\u6587", "\u65E5\u672C\u8A9E", "\uD55C\uAD6D\uC5B4",
        "\u00A0", "\u3000", "\u1680", "\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF",
        // Emoji: sequences, flags, modifiers and halves of them.
        "\U0001F600", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001F1F3\U0001F1F4", "\U0001F1F3", "\U0001F44D\U0001F3FF", "\uFE0F", "\u2764\uFE0F",
        "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F",
        // The composer's slot marks, noncharacters and private use.
        "\uFDD0", "\uFDD1", "\uFDD2", "\uFDD3", "\uFDD0x\uFDD1", "\uFDD20\uFDD3", "\uFFFE", "\uFFFF", "\uE000", "\U0010FFFF",
        // Text that reads as another kind of value.
        "true", "null", "~", "0412", "1e3", "2026-10-05", "-", "?", ": ", " #",
    ];

    /// <summary>A few ordinary words, so hostile pieces also sit inside text.</summary>
    private static readonly string[] Words = ["Norway", "policy", "risk", "Barents", "x", "cooperation", " ", " ", "."];

    /// <summary>One hostile piece.</summary>
    public static readonly Gen<string> Piece = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);

    private static readonly Gen<string> Word = Gen.Int[0, Words.Length - 1].Select(i => Words[i]);

    /// <summary>A word of 10,000 characters or so, in one of several scripts.</summary>
    public static readonly Gen<string> LongWord = Gen.Select(
        Gen.OneOf("x", "\u0416", "\u05D0", "\u4E2D", "\U0001F600", "e\u0301", "-", "/", "\u0E01", "a\u200B", "\u00AD"),
        Gen.Int[5_000, 10_000],
        (unit, length) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / unit.Length))));

    /// <summary>One letter under hundreds of combining marks.</summary>
    public static readonly Gen<string> StackedMarks =
        Gen.Int[1, 600].Select(n => "Z" + string.Concat(Enumerable.Range(0, n).Select(i => (char)(0x0300 + (i % 0x70)))));

    /// <summary>Any UTF-16 code units at all, unpaired surrogates included.</summary>
    public static readonly Gen<string> AnyChars = Gen.Char.Array[1, 40].Select(c => new string(c));

    /// <summary>Hostile text: pieces among words mostly, sometimes a very long word, stacked marks or arbitrary code units.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (14, Gen.Frequency((3, Piece), (2, Word)).Array[1, 10].Select(string.Concat)),
        (2, LongWord),
        (1, StackedMarks),
        (1, AnyChars),
        (1, Gen.Const("")),
        (1, Gen.OneOf(" ", "\t", "\n", "\u00A0 \u3000")));
}
