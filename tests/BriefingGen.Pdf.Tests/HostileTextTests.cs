using System.Text;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>Text a renderer could choke on: markup, right-to-left and CJK scripts, emoji, an endless word, a huge register.</summary>
public class HostileTextTests
{
    private static readonly string LongWord = string.Concat(Enumerable.Repeat("Barentshav", 30));

    private static string Data()
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("title: \"*Not italic* _nor this_ # no heading | no table <b>no html</b> &amp; {{ no.template }}\"");
        yaml.AppendLine("date: 2026-10-05");
        yaml.AppendLine("classification: RESTRICTED");
        yaml.AppendLine("summary: \"Hebrew שלום עולם and Arabic مرحبا بالعالم in one line. Chinese 挪威与俄罗斯的合作 and emoji 🌍🐟 too.\"");
        yaml.AppendLine("key_points:");
        yaml.AppendLine($"  - \"{LongWord}\"");
        yaml.AppendLine("pillars:");
        yaml.AppendLine("  - name: \"Pillar | with <pipe> & {{ braces }}\"");
        yaml.AppendLine("risks:");
        for (var i = 1; i <= 200; i++)
        {
            yaml.AppendLine($"  - {{ title: \"Risk number {i}\", likelihood: {1 + (i % 5)}, impact: {1 + (i * 3 % 5)}, owner: \"Owner {i}\", mitigation: \"Mitigation for risk {i}\" }}");
        }

        return yaml.ToString();
    }

    [Fact]
    public void Renders_a_valid_PDF_with_nothing_lost_and_nothing_overflowing()
    {
        using var output = new PdfOutput();
        var pdf = output.RenderData(output.WriteData("hostile.yaml", Data()), out var document);

        var problems = PdfAudit.Problems(pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));

        var text = PdfTools.Text(pdf);
        var pieces = ModelText.Pieces(document).ToList();
        var found = new ReadingOrder(text);
        var lost = pieces.Where(p => !found.Contains(p)).ToList();
        Assert.True(lost.Count == 0, "not found:\n" + string.Join("\n", lost.Take(20)));
        // Drawing order is visual order, in which right-to-left words run backwards; the check
        // above has already found that line in reading order.
        var missing = new ReadingOrder(PdfTools.Text(pdf, raw: true)).MissingInOrder(pieces.Where(p => !p.Contains("שלום", StringComparison.Ordinal)));
        Assert.True(missing.Count == 0, "not found in drawing order:\n" + string.Join("\n", missing.Take(20)));
        Assert.Contains("<b>no html</b> &amp; {{ no.template }}", text, StringComparison.Ordinal);
        Assert.Contains("挪威与俄罗斯的合作", text, StringComparison.Ordinal);
        Assert.Contains("🌍🐟", text, StringComparison.Ordinal);
        Assert.Contains("שלום", text, StringComparison.Ordinal);
        Assert.Contains("Risk number 200", text, StringComparison.Ordinal);
        Assert.Contains("Owner 200", text, StringComparison.Ordinal);
        Assert.Equal(LongWord, LongWordPieces(text));
    }

    [Fact]
    public void A_heading_longer_than_a_page_splits_and_a_long_title_is_shortened_in_the_footer()
    {
        var title = string.Join(' ', Enumerable.Range(0, 25).Select(i => "Title" + i));
        var pillar = string.Join(' ', Enumerable.Range(0, 700).Select(i => "Pillar" + i));
        using var output = new PdfOutput();
        var pdf = output.RenderData(output.WriteData("long.yaml", $"title: \"{title}\"\ndate: 2026-10-05\nsummary: S\npillars: [{{name: \"{pillar}\"}}]\n"));

        var problems = PdfAudit.Problems(pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        var text = PdfTools.Text(pdf);
        Assert.True(new ReadingOrder(text).Contains(pillar));
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(pages.Length >= 3);
        Assert.All(pages, page => Assert.Matches(@"Title0 Title1 .*\u2026", page));
    }

    /// <summary>The long word comes back in pieces, one per line; joined, they must be the whole word.</summary>
    private static string LongWordPieces(string text) =>
        string.Concat(text.Split('\n').Select(l => l.Trim().TrimStart('•', ' ')).Where(l => l.Length >= 2 && LongWord.Contains(l, StringComparison.Ordinal)));
}
