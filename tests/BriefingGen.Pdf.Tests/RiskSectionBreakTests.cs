using System.Globalization;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// The risk section of a brief, pushed down the first page by a longer and longer background, in
/// English and Norwegian: wherever the page ends, the section's heading, the register's heading,
/// its lead sentence and the table's header with its first two rows share a page.
/// </summary>
public class RiskSectionBreakTests
{
    private const string Sentence = "Cooperation in the North has deep roots and matters to people on both sides of the border. ";
    private const string Setning = "Samarbeidet i nord har lange røtter og berører folk på begge sider av grensen. ";

    /// <summary>A brief whose background is <paramref name="sentences"/> sentences, three to a paragraph.</summary>
    private static string Brief(string language, int sentences)
    {
        var sentence = language == "nb" ? Setning : Sentence;
        var paragraphs = Enumerable.Range(0, (sentences + 2) / 3).Select(p => string.Concat(Enumerable.Repeat(sentence, Math.Min(3, sentences - (p * 3)))));
        var background = string.Join("\n\n", paragraphs).Replace("\n", "\n  ", StringComparison.Ordinal);
        return $$"""
            title: Policy towards Russia
            date: 2026-10-05
            language: {{language}}
            summary: {{sentence}}
            background: |
              {{background}}
            pillars:
              - name: Security
                summary: {{sentence}}
            risks:
              - { id: R1, title: Military incident at sea, likelihood: 3, impact: 5, mitigation: Keep the hotlines in use., owner: Ministry of Defence }
              - { id: R2, title: Fisheries agreement breaks down, likelihood: 2, impact: 5, mitigation: Keep talks separate., owner: Ministry of Fisheries }
              - { id: R3, title: Sanctions widened, likelihood: 3, impact: 3, mitigation: Agree exemptions in advance., owner: Ministry of Foreign Affairs }
              - { id: R4, title: Nuclear safety projects stall, likelihood: 3, impact: 4, mitigation: Ring-fence funding., owner: Ministry of Foreign Affairs }
            """;
    }

    /// <summary>The first page whose text holds <paramref name="text"/>.</summary>
    private static int PageOf(string pdf, int pages, string text) =>
        Enumerable.Range(1, pages).First(p => PdfTools.Run("pdftotext", "-f", $"{p}", "-l", $"{p}", "-enc", "UTF-8", pdf, "-").Output.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("en-GB", "Risks", "Risk register", "Risks sorted by score", "Mitigation")]
    [InlineData("nb", "Risikoer", "Risikoregister", "Risikoer sortert etter risikotall", "Tiltak")]
    public void The_risk_headings_and_lead_sentence_stay_with_the_first_rows_of_the_register(string language, string section, string register, string lead, string header)
    {
        using var output = new PdfOutput();
        var moved = 0;
        for (var sentences = 12; sentences <= 18; sentences++)
        {
            var pdf = output.RenderData(output.WriteData($"brief-{sentences.ToString(CultureInfo.InvariantCulture)}.yaml", Brief(language, sentences)));
            var pages = int.Parse(PdfTools.Info(pdf)["Pages"], CultureInfo.InvariantCulture);
            var page = PageOf(pdf, pages, section + "\n");
            var together = new[] { register, lead, header, "Military incident", "Nuclear safety" }.Select(t => PageOf(pdf, pages, t));
            Assert.All(together, p => Assert.True(p == page, $"{sentences} sentences: the risk section starts on page {page}, its first rows are not all there"));
            moved += page > 1 && PageOf(pdf, pages, "3.1") == 1 ? 1 : 0;
        }

        // Some of the lengths push the section over the page edge: the rule was put to the test.
        Assert.InRange(moved, 1, 7);
    }
}
