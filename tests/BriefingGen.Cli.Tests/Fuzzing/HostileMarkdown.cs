using System.Text;
using CsCheck;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Markdown for the fields that hold it (summary, background, pillar summaries): deep quotes and
/// lists, huge and ragged tables, raw HTML, pictures that point anywhere, footnotes that cite each
/// other, headings, containers and ids the field may not use, pathological emphasis and brackets,
/// unclosed fences, and links to places a paper must not link to.
/// </summary>
internal static class HostileMarkdown
{
    /// <summary>Where pictures may point: outside every allowed folder, at devices, at the fixtures beside the data, at URLs.</summary>
    public static readonly string[] ImageTargets =
    [
        "../../etc/passwd", "/etc/passwd", "/dev/zero", "/dev/urandom", "/proc/self/environ", "/proc/self/fd/0", "file:///etc/passwd",
        "C:\\Windows\\win.ini", "\\\\server\\share\\x.png", "https://example.org/x.png", "data:image/png;base64,iVBORw0KGgo=", ".", "..", "",
        "<>", "theme.yaml", "../policy-brief/theme.yaml", "template.yaml", "brief.yaml",
        ImageFixtures.Tiny, ImageFixtures.Huge, ImageFixtures.Truncated, ImageFixtures.FakeJpeg, ImageFixtures.ZeroSize, ImageFixtures.Folder,
        ImageFixtures.LinkOutside, ImageFixtures.LinkToDevice, ImageFixtures.Tiny + "?x=1#y", "./" + ImageFixtures.Tiny, "sub/../" + ImageFixtures.Tiny,
        "%2e%2e/%2e%2e/etc/passwd", new string('a', 5_000) + ".png",
    ];

    private static readonly Gen<string> ImageTarget = Gen.Int[0, ImageTargets.Length - 1].Select(i => ImageTargets[i]);

    private static readonly Gen<string> Inline = Gen.Frequency(
        (6, HostileStrings.Text.Select(t => t.Length > 2_000 ? t : t.Replace("\n", " ", StringComparison.Ordinal))),
        (1, Gen.OneOf("plain words", "**bold** and _em_", "`code`", "[link](https://example.org)", "a  \nb", "a\\\nb")));

    /// <summary>How deep quotes and lists nest: mostly within the limit of 100, often around it, now and then far past it.</summary>
    private static readonly Gen<int> Depth = Gen.Frequency((4, Gen.Int[1, 30]), (2, Gen.Int[95, 105]), (1, Gen.Int[106, 1_000]));

    /// <summary>Quotes nested up to a thousand deep.</summary>
    private static readonly Gen<string> DeepQuote = Gen.Select(Depth, Inline, (depth, text) =>
        string.Concat(Enumerable.Repeat("> ", depth)) + text);

    /// <summary>Lists nested by indentation, by markers on one line, or alternating with quotes.</summary>
    private static readonly Gen<string> DeepList = Gen.Select(Depth, Gen.Int[0, 2], Inline, (depth, shape, text) => shape switch
    {
        0 => string.Join("\n", Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + (i % 2 == 0 ? "- " : "1. ") + text)),
        1 => string.Concat(Enumerable.Repeat("- ", depth)) + text,
        _ => string.Concat(Enumerable.Range(0, depth).Select(i => i % 3 == 0 ? "> " : i % 3 == 1 ? "- " : "1. ")) + text,
    });

    /// <summary>Table sizes: mostly modest, sometimes large, now and then 80 columns by 3,000 rows.</summary>
    private static readonly Gen<(int Columns, int Rows)> TableSize = Gen.Frequency(
        (5, Gen.Select(Gen.Int[1, 12], Gen.Int[0, 60])),
        (2, Gen.Select(Gen.Int[1, 40], Gen.Int[0, 400])),
        (1, Gen.Select(Gen.Int[1, 80], Gen.Int[0, 3_000])));

    /// <summary>A pipe table, sometimes ragged, with a hostile cell.</summary>
    private static readonly Gen<string> HugeTable = Gen.Select(TableSize, Gen.Bool, Inline, (size, ragged, cell) =>
    {
        var (columns, rows) = size;
        var sb = new StringBuilder();
        var safeCell = cell.Length > 200 ? cell[..200] : cell;
        sb.Append('|').Append(string.Concat(Enumerable.Range(0, columns).Select(c => $" H{c} |"))).Append('\n');
        sb.Append('|').Append(string.Concat(Enumerable.Range(0, columns).Select(c => (c % 3) switch { 0 => ":--|", 1 => "--:|", _ => ":-:|" }))).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            var count = ragged ? 1 + ((r * 7) % (columns + 3)) : columns;
            sb.Append('|').Append(string.Concat(Enumerable.Range(0, count).Select(c => r == 0 && c == 0 ? $" {safeCell} |" : $" r{r}c{c} |"))).Append('\n');
        }

        return sb.ToString();
    });

    private static readonly Gen<string> Html = Gen.OneOf(
        "<div>block</div>", "<script>alert(1)</script>", "<table><tr><td>x</td></tr></table>", "<!-- never closed", "<?php echo 1; ?>",
        "<img src=\"/etc/passwd\">", "inline <b>bold</b> and <span style=\"x\">span</span>", "<br><br/><hr>", "<![CDATA[ x ]]>",
        "<w:p><w:r><w:t>injected</w:t></w:r></w:p>", "</w:t></w:r></w:p><w:p>", "<a href=\"javascript:alert(1)\">x</a>", "<details><summary>x</summary>y</details>");

    private static readonly Gen<string> Image = Gen.Select(ImageTarget, Inline, Gen.Int[0, 3], (target, alt, shape) => shape switch
    {
        0 => $"![{alt}]({target})",
        1 => $"Text before ![{alt}]({target}) and after.",
        2 => $"![{alt}][pic]\n\n[pic]: {target}",
        _ => $"![]({target} \"{alt}\")",
    });

    private static readonly Gen<string> Footnotes = Gen.OneOf(
        "Text[^a] and more[^b].\n\n[^a]: See [^b].\n[^b]: See [^a].",
        "Self[^s].\n\n[^s]: Cites itself[^s].",
        "Undefined[^nowhere].",
        "Twice[^d].\n\n[^d]: One.\n[^d]: Two.",
        "Defined here only.\n\n[^lonely]: Never cited.",
        "Uses a note from another field[^a].",
        "[^a]: Defines a note another field uses.",
        "Deep[^1].\n\n[^1]: > - > 1. [^1]",
        "Numbered[^1][^2][^3].\n\n[^1]: [^2]\n[^2]: [^3]\n[^3]: [^1]",
        "[^\u202E]: bidi label\n\nText[^\u202E].",
        "Note with a table[^t].\n\n[^t]: | a | b |\n    |---|---|\n    | 1 | 2 |");

    private static readonly Gen<string> Structure = Gen.OneOf(
        "# Heading in data", "###### Six", "####### Seven", "Setext\n===", "Setext\n---", "## Heading {#summary}", "## Heading {#}",
        "::: callout warning Injected\nbody\n:::", "::: title\nNot a title\n:::", ":::", "---", "***", "___",
        "```\nunclosed fence", "```scriban\n{{ data.title }}\n```", "~~~\n~~~", "    indented code", "\t\ttabbed code",
        "[ref]: /etc/passwd\n\n[x][ref]", "[x](javascript:alert(1))", "[x](file:///etc/passwd)", "<javascript:alert(1)>", "<https://example.org>",
        "[x](#missing)", "[x](https://example.org \"title\")", "[x](<https://exa mple.org>)", "[" + new string('y', 3_000) + "](https://example.org)",
        "[x](https://example.org/" + new string('p', 10_000) + ")", "https://example.org/bare", "mailto:someone@example.org", "<mailto:a@b>",
        "- [ ] task\n- [x] done", "Term\n: definition", "a | b\n--|--\n1 | 2", "| only header |", "|---|", "\\", "\\\\", "&", "<",
        "1. one\n3. three\n2. two", "2147483648. big", "0. zero", "999999999. nine", "* * *", "- \n- \n-", "> \n>\n>",
        "{page} of {pages}", "{{ data.title }}", "\uFDD0" + "0" + "\uFDD1", "\uFDD2" + "0" + "\uFDD3");

    private static readonly Gen<string> Pathological = Gen.Select(Gen.Int[0, 9], Gen.Int[100, 20_000], (kind, n) => kind switch
    {
        0 => new string('*', n),
        1 => string.Concat(Enumerable.Repeat("*a", n / 2)),
        2 => new string('[', n) + "x" + new string(']', n / 2),
        3 => string.Concat(Enumerable.Repeat("[a](", n / 4)),
        4 => new string('`', n),
        5 => string.Concat(Enumerable.Repeat("<a", n / 2)),
        6 => string.Concat(Enumerable.Repeat("&#", n / 2)),
        7 => string.Concat(Enumerable.Repeat("_a", n / 2)),
        8 => string.Concat(Enumerable.Repeat("![", n / 2)),
        _ => string.Concat(Enumerable.Repeat("a\n", n)),
    });

    private static readonly Gen<string> Block = Gen.Frequency(
        (4, Inline),
        (2, DeepQuote),
        (2, DeepList),
        (1, HugeTable),
        (2, Html),
        (3, Image),
        (3, Footnotes),
        (3, Structure),
        (1, Pathological));

    /// <summary>A Markdown field: one to five hostile blocks, separated as paragraphs or run together.</summary>
    public static readonly Gen<string> Field = Gen.Select(Block.Array[1, 5], Gen.OneOf("\n\n", "\n", " ", "\r\n\r\n"), (blocks, separator) => string.Join(separator, blocks));
}
