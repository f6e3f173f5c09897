using System.Text.RegularExpressions;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// A paper whose table has a row taller than a page, and strings no line can hold (a long URL, a
/// base64 blob), in a cell and in running text: the row splits where it stands under a repeated
/// header, every word is printed exactly once, and nothing leaves the page.
/// </summary>
public partial class TallTableTests
{
    private const int Words = 1500;

    private static readonly string Url = "https://example.org/" + string.Concat(Enumerable.Repeat("a1b2c3d4e5", 30));

    private static readonly string Blob = Convert.ToBase64String([.. Enumerable.Range(0, 900).Select(i => (byte)(i * 37 % 251))]);

    private static string Brief() => $"""
        title: Tall rows
        date: 2026-01-31
        summary: |
          An opening paragraph before the table.

          | Key | Text |
          |-----|------|
          | first | {string.Join(' ', Enumerable.Range(0, Words).Select(i => $"w{i:D4}"))} |
          | url | {Url} |
          | blob | {Blob} |

          After the table, {Url} and {Blob} in running text.
        pillars:
          - name: The only pillar
        """;

    [Fact]
    public void A_row_taller_than_a_page_splits_under_a_repeated_header_with_every_word_once_and_nothing_off_the_page()
    {
        using var output = new PdfOutput();
        var data = Path.Combine(output.Folder, "tall.yaml");
        File.WriteAllText(data, Brief());
        var pdf = output.RenderData(data);

        Assert.Empty(PdfAudit.Problems(pdf));
        var pages = PdfTools.Text(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        var words = Numbered().Matches(string.Concat(pages)).Select(m => m.Value).ToList();
        Assert.Equal(Enumerable.Range(0, Words).Select(i => $"w{i:D4}"), words);

        // The table starts on the page of the paragraph before it, and every page it spans repeats its header.
        var first = pages.FindIndex(p => p.Contains("w0000", StringComparison.Ordinal));
        var last = pages.FindIndex(p => p.Contains($"w{Words - 1:D4}", StringComparison.Ordinal));
        Assert.Contains("An opening paragraph", pages[first], StringComparison.Ordinal);
        Assert.True(last > first, "the row did not need a second page; make it taller");
        Assert.All(pages[first..(last + 1)], page => Assert.Contains("Key", page, StringComparison.Ordinal));

        // The long strings are broken, not cut: both come through whole, once in the cell and once in the text.
        var joined = Regex.Replace(PdfTools.Text(pdf, raw: true), @"\s+", "");
        Assert.Equal(2, Regex.Matches(joined, Regex.Escape(Url)).Count);
        Assert.Equal(2, Regex.Matches(joined, Regex.Escape(Blob)).Count);
    }

    [GeneratedRegex(@"w\d{4}")]
    private static partial Regex Numbered();
}
