using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Hyphenation in whole papers: body text and table cells hyphenated in the paper's language,
/// headings never, a language without patterns not at all, and every word still found in the file.
/// </summary>
public class HyphenatedPaperTests
{
    private const string HeadingText = "Nordområdesamarbeidets forvaltningsoppgaver i grenseregionenes kommunesamarbeid og Barentsrådets arbeidsgrupper";

    private const string BodyText =
        "Utenriksdepartementet samordner fiskeriforvaltningen, atomsikkerhetssamarbeidet og miljøvernavtalene med Russland. " +
        "Sjøredningstjenestene og kystvaktsamarbeidet fortsetter, mens forskningssamarbeidet om klimaendringene i Barentshavet er innskrenket.";

    /// <summary>Text that fills the wide column, so it has no room to give the narrow one.</summary>
    private const string FullColumn =
        "Et ord uten bindestreker står her sammen med en setning som er lengre enn kolonnen er bred, slik at kolonnen ikke har plass til overs.";

    private static readonly string EndlessWord = string.Concat(Enumerable.Repeat("Barentshavsamarbeid", 527))[..10_000];

    private static Document Paper(string language)
    {
        Model.Text T(string s) => new(s);
        Block Cell(string text) => new Paragraph([T(text)]);
        var metadata = new DocumentMetadata { Title = "Hyphenation", Language = language };
        Block[] blocks =
        [
            new Heading(1, [T(HeadingText)], "heading"),
            new Paragraph([T(BodyText)]),
            new Table(
                [0.13, 0.87],
                [new TableRow([new TableCell([Cell("Ansvar")]), new TableCell([Cell("Tiltak")])])],
                [
                    new TableRow([new TableCell([Cell("Utenriksdepartementet")]), new TableCell([Cell("Samordner arbeidet.")])]),
                    new TableRow([new TableCell([Cell(EndlessWord)]), new TableCell([Cell(FullColumn)])]),
                ]),
        ];
        return new Document(metadata, [new Section(blocks, PageLayout.A4, PageFurniture.Empty, PageNumbering.Default, metadata)]);
    }

    /// <summary>The lines of the PDF's text, in drawing order, that end with a hyphen after a letter.</summary>
    private static List<string> HyphenatedLines(string pdf) =>
        PdfTools.Text(pdf, raw: true).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 1 && l[^1] == '-' && char.IsLetter(l[^2])).ToList();

    [Fact]
    public void A_Norwegian_paper_hyphenates_its_body_and_table_but_not_its_heading()
    {
        using var output = new PdfOutput();
        var pdf = output.Render(Paper("nb-NO"), "nb");

        var problems = PdfAudit.Problems(pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));

        var hyphenated = HyphenatedLines(pdf);
        Assert.Contains(hyphenated, line => line.StartsWith("Utenriks", StringComparison.Ordinal));
        Assert.Contains(hyphenated, line => BodyText.Contains(line.Split(' ')[^1].TrimEnd('-'), StringComparison.Ordinal));

        var headingWords = HeadingText.Split(' ');
        Assert.DoesNotContain(hyphenated, line => headingWords.Any(w => w.StartsWith(line.Split(' ')[^1].TrimEnd('-'), StringComparison.Ordinal) && line.Split(' ')[^1].Length < w.Length));

        // The narrow column's compound breaks once, at a syllable, rather than over lines a few letters at a time.
        var raw = PdfTools.Text(pdf, raw: true).Split('\n').Select(l => l.Trim()).ToList();
        var first = raw.FindIndex(l => l.StartsWith("Utenriks", StringComparison.Ordinal) && l.EndsWith('-'));
        Assert.Equal("Utenriksdepartementet", raw[first][..^1] + raw[first + 1]);

        // pdftotext's reading mode joins a word hyphenated at a line's end, as it does any "-" there.
        var reading = PdfTools.Text(pdf);
        var bodyWords = BodyText.Split(' ', '.', ',').Where(w => w.Length > 0).ToList();
        var broken = hyphenated.Select(l => l.Split(' ')[^1].TrimEnd('-')).SelectMany(head => bodyWords.Where(w => w.StartsWith(head, StringComparison.Ordinal) && w.Length > head.Length)).ToList();
        Assert.NotEmpty(broken);
        Assert.All(broken, word => Assert.Contains(word, reading, StringComparison.Ordinal));

        var text = new ReadingOrder(PdfTools.Text(pdf, raw: true));
        Assert.Empty(text.MissingInOrder([HeadingText, BodyText, "Utenriksdepartementet", "Samordner arbeidet."]));

        // The endless word, longer than a page of its column, comes back whole and without hyphens.
        Assert.Equal(EndlessWord, string.Concat(raw.Where(l => l.Length > 0 && EndlessWord.Contains(l, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_paper_in_a_language_without_patterns_is_not_hyphenated()
    {
        using var output = new PdfOutput();
        var pdf = output.Render(Paper("fi-FI"), "fi");

        var problems = PdfAudit.Problems(pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.Empty(HyphenatedLines(pdf));
    }
}
