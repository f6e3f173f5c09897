using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using CsCheck;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>
/// Random briefs the policy-brief schema accepts, made to test what a paper carries back: titles
/// and names in English, Norwegian and Russian with quotes, dashes and the characters XML and
/// Markdown treat specially; every status, outlook, trend and priority; likelihood and impact
/// 1–5; dates; Markdown fields with emphasis, code, lists, quotes, links and footnotes; optional
/// fields left out or left empty; and lists of none, one or several items.
/// </summary>
internal static class ValidBriefs
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("generated.yaml");

    private static readonly string[] Words =
    [
        "policy", "Arctic", "cooperation", "Barents", "fisheries", "security", "NATO", "dialogue", "Norway’s", "sanctions", "quota", "border",
        "samarbeid", "nordområdene", "Tromsø", "Ålesund", "fiskeri", "Svalbard", "политика", "сотрудничество", "Баренцево", "море",
        "безопасность", "Россия", "ёлка", "Мурманск",
    ];

    /// <summary>Words a template must print as they are: quotes, dashes, and what XML, Markdown and YAML read as syntax.</summary>
    private static readonly string[] Marks =
    [
        "—", "–", "-", "\"quoted\"", "'single'", "«ёлка»", "“curly”", "‘curly’", "...", "…", "R&D", "AT&T", "<tag>", "a<b", "x > y", "don't",
        "1/2", "50%", "#7", "*", "_", "[see]", "`x`", "|", "\\", "{x}", "~", "^", "!", "&amp;", "]]>", "2:1", "- ", ": ", "ünïcödé", "№ 5", "🙂",
    ];

    private static readonly string[] Languages = ["en-GB", "nb-NO", "ru-RU"];

    private static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.Int[0, Words.Length - 1].Select(i => Words[i])),
        (2, Gen.Int[0, Marks.Length - 1].Select(i => Marks[i])));

    /// <summary>One line of plain text, at least one visible character, within <paramref name="max"/> characters.</summary>
    private static Gen<string> Line(int max) => Gen.Select(Word.Array[1, 8], Gen.Int[0, 9], (words, spacing) =>
    {
        var text = spacing switch
        {
            0 => string.Join("  ", words),
            1 => " " + string.Join(' ', words),
            _ => string.Join(' ', words),
        };
        return Fit(text, max);
    });

    /// <summary>A value for an optional text: left out (null), empty, or a line.</summary>
    private static Gen<string?> OptionalLine(int max) => Gen.Frequency(
        (2, Gen.Const((string?)null)),
        (1, Gen.Const((string?)"")),
        (4, Line(max).Select(s => (string?)s)));

    private static readonly Gen<string> Url = Gen.OneOf(
        "https://www.regjeringen.no/en/", "https://example.org/a/b?x=1&y=2", "https://example.org/søk?q=нефть", "http://example.com/(1)", "https://example.org/#part");

    private static readonly Gen<string> Date = Gen.Int[0, 18_000].Select(d => new DateOnly(1990, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A piece of a Markdown line: words (their marks read as Markdown reads them), emphasis, code and links.</summary>
    private static readonly Gen<string> MarkdownPiece = Gen.Frequency(
        (6, Word),
        (1, Word.Select(w => "**" + w + "**")),
        (1, Word.Select(w => "*" + w + "*")),
        (1, Gen.OneOf("`code`", "`a < b`", "`R&D`")),
        (1, Gen.Select(Word, Url, (w, u) => "[" + w + "](" + u.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal) + ")")));

    private static readonly Gen<string> MarkdownLine = MarkdownPiece.Array[1, 8].Select(p => string.Join(' ', p));

    /// <summary>One Markdown block: a paragraph, a list (sometimes nested), a quote, or a paragraph citing a note (one of two paragraphs, or two notes at once).</summary>
    private static readonly Gen<string> MarkdownBlock = Gen.Frequency(
        (4, MarkdownLine),
        (1, MarkdownLine.Array[1, 4].Select(items => string.Join("\n", items.Select(i => "- " + i)))),
        (1, MarkdownLine.Array[1, 4].Select(items => string.Join("\n", items.Select((item, n) => (n + 1).ToString(CultureInfo.InvariantCulture) + ". " + item)))),
        (1, Gen.Select(MarkdownLine, MarkdownLine, (outer, inner) => "- " + outer + "\n  - " + inner)),
        (1, MarkdownLine.Select(l => "> " + l)),
        (1, Gen.Select(MarkdownLine, MarkdownLine, (text, note) => text + "[^n]\n\n[^n]: " + note)),
        (1, Gen.Select(MarkdownLine, MarkdownLine, MarkdownLine, (text, note, more) => text + "[^n]\n\n[^n]: " + note + "\n\n    " + more)));

    /// <summary>A Markdown field: one to three blocks; footnote labels made unique across them.</summary>
    private static readonly Gen<string> Markdown = MarkdownBlock.Array[1, 3].Select(blocks =>
        string.Join("\n\n", blocks.Select((b, i) => b.Replace("[^n]", "[^n" + i.ToString(CultureInfo.InvariantCulture) + "]", StringComparison.Ordinal))));

    private static Gen<string?> OptionalMarkdown => Gen.Frequency((2, Gen.Const((string?)null)), (1, Gen.Const((string?)"")), (4, Markdown.Select(m => (string?)m)));

    private static Gen<string?> OneOfOrNone(params string[] values) =>
        Gen.Frequency((1, Gen.Const((string?)null)), (4, Gen.Int[0, values.Length - 1].Select(i => (string?)values[i])));

    private static readonly Gen<DataNode> Pillar = Gen.Select(Line(120), OptionalMarkdown, Line(200).Array[0, 3].Null(), (name, summary, commitments) =>
        Map(("name", Text(name)), ("summary", Text(summary)), ("commitments", Texts(commitments))));

    private static readonly Gen<DataNode> Area = Gen.Select(
        Line(120), Gen.OneOf("active", "reduced", "paused", "suspended"), OptionalLine(200), OneOfOrNone("improving", "stable", "uncertain", "deteriorating"), OptionalLine(200),
        (name, status, interest, outlook, notes) => Map(("name", Text(name)), ("status", Text(status)), ("interest", Text(interest)), ("outlook", Text(outlook)), ("notes", Text(notes))));

    private static readonly Gen<DataNode> Risk = Gen.Select(
        Gen.Frequency((1, Gen.Const((string?)null)), (3, Line(12).Select(s => (string?)s.Trim()).Where(s => s!.Length > 0))),
        Line(160), OptionalLine(300), Gen.Int[1, 5], Gen.Int[1, 5], OneOfOrNone("rising", "stable", "falling"), OptionalLine(200), OptionalLine(120),
        (id, title, description, likelihood, impact, trend, mitigation, owner) => Map(
            ("id", Text(id)), ("title", Text(title)), ("description", Text(description)), ("likelihood", Integer(likelihood)), ("impact", Integer(impact)),
            ("trend", Text(trend)), ("mitigation", Text(mitigation)), ("owner", Text(owner))));

    private static readonly Gen<DataNode> Recommendation = Gen.Frequency(
        (1, Line(200).Select(t => (DataNode)new DataScalar(Here, t, ScalarKind.String))),
        (2, Gen.Select(Line(200), OneOfOrNone("high", "medium", "low"), Date.Null(), (text, priority, by) =>
            Map(("text", Text(text)), ("priority", Text(priority)), ("decision_by", Text(by))))));

    private static readonly Gen<DataNode> Source = Gen.Select(Line(200), OptionalLine(120), Date.Null(), Url.Null(), (title, publisher, date, url) =>
        Map(("title", Text(title)), ("publisher", Text(publisher)), ("date", Text(date)), ("url", Text(url))));

    private static readonly Gen<DataNode> Author = Gen.Select(OptionalLine(80), OptionalLine(120), OptionalLine(120), (name, unit, organisation) =>
        Map(("name", Text(name)), ("unit", Text(unit)), ("organisation", Text(organisation))));

    private static readonly Gen<(string? Subtitle, string? Short, string? Classification, string? Reference, string? Audience)> Heading =
        Gen.Select(OptionalLine(300), OptionalLine(120), OptionalLine(80), OptionalLine(80), OptionalLine(200), (subtitle, shortTitle, classification, reference, audience) =>
            (subtitle, shortTitle, classification, reference, audience));

    /// <summary>A brief the policy-brief schema accepts.</summary>
    public static readonly Gen<DataNode> Brief = Gen.Select(
        Gen.Select(Line(300), Heading, Date, OneOfOrNone(Languages), (title, heading, date, language) => (title, heading, date, language)),
        Gen.Select(Author.Null(), Markdown, Line(200).Array[0, 3].Null(), OptionalMarkdown, (author, summary, points, background) => (author, summary, points, background)),
        Gen.Select(Pillar.Array[1, 3], Area.Array[0, 3].Null(), Risk.Array[0, 4].Null(), (pillars, areas, risks) => (pillars, areas, risks)),
        Gen.Select(Recommendation.Array[0, 3].Null(), Source.Array[0, 3].Null(), (recommendations, sources) => (recommendations, sources)),
        (top, prose, lists, closing) => Map(
            ("title", Text(top.title)),
            ("short_title", Text(top.heading.Short)),
            ("subtitle", Text(top.heading.Subtitle)),
            ("classification", Text(top.heading.Classification)),
            ("reference", Text(top.heading.Reference)),
            ("date", Text(top.date)),
            ("language", Text(top.language)),
            ("author", prose.author),
            ("audience", Text(top.heading.Audience)),
            ("summary", Text(prose.summary)),
            ("key_points", Texts(prose.points)),
            ("background", Text(prose.background)),
            ("pillars", List(lists.pillars)),
            ("cooperation_areas", List(lists.areas)),
            ("risks", List(lists.risks)),
            ("recommendations", List(closing.recommendations)),
            ("sources", List(closing.sources))));

    /// <summary>A text a user might type into a field: words in three scripts, quotes, dashes, XML and Markdown syntax.</summary>
    public static Gen<string> TypedText(int max) => Line(max);

    /// <summary>The brief for case <paramref name="index"/> of the fixed stream <paramref name="stream"/>: the same case on every run.</summary>
    public static DataNode Case(uint stream, int index) => Brief.Generate(new PCG(stream, (ulong)index), null, out _);

    private static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        var fitted = text[..cut];
        return fitted.Trim().Length > 0 ? fitted : "policy";
    }

    private static DataNode? Text(string? value) => value is null ? null : new DataScalar(Here, value, ScalarKind.String);

    private static DataNode Integer(int value) => new DataScalar(Here, value.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer);

    private static DataNode? Texts(string[]? values) => values is null ? null : new DataList(Here, values.Select(v => (DataNode)new DataScalar(Here, v, ScalarKind.String)).ToList());

    private static DataNode? List(DataNode[]? items) => items is null ? null : new DataList(Here, items);

    /// <summary>A map of the entries whose value is not left out.</summary>
    private static DataNode Map(params (string Key, DataNode? Value)[] entries) =>
        new DataMap(Here, entries.Where(e => e.Value is not null).Select(e => new DataMapEntry(e.Key, Here, e.Value!)).ToList());
}
