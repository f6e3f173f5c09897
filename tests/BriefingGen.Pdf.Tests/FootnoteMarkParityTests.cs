using System.Text.RegularExpressions;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Footnote marks written every way people write them in a Markdown field: Word, PDF and the
/// Markdown output print the same notes, once per mark, and a mark with no note the same way.
/// </summary>
public class FootnoteMarkParityTests
{
    private const string Brief = """
        title: Footnote marks
        date: 2026-01-31
        summary: |
          Adjacent[^a][^b], spaced[^c] [^d], after a [link](https://example.org)[^e].
          [^f] opens a line; *stressed[^g]*; again[^a]; lost[^nowhere].

          - listed[^h][^i]

          | Column | Notes |
          |--------|-------|
          | cell[^j][^k] | x |

          [^a]: Alpha note.
          [^b]: Bravo note.
          [^c]: Charlie note.
          [^d]: Delta note.
          [^e]: Echo note.
          [^f]: Foxtrot note.
          [^g]: Golf note.
          [^h]: Hotel note.
          [^i]: India note.
          [^j]: Juliett note.
          [^k]: Kilo note.
        pillars:
          - name: The only pillar
        """;

    private static readonly string[] Notes = ["Alpha", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo"];

    [Fact]
    public void Word_PDF_and_Markdown_print_one_note_per_mark_and_an_undefined_mark_as_written()
    {
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer(), new Rendering.Markdown.MarkdownRenderer());
        var result = engine.Render(DataSource.FromText(Brief, "marks.yaml"), "docx", "pdf", "md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("[^nowhere]", warning.Message, StringComparison.Ordinal);
        Assert.Equal("marks.yaml", Path.GetFileName(warning.Location.File));
        Assert.True(warning.Location.Line > 0 && warning.Location.Column > 0, warning.ToString());

        using var docx = WordprocessingDocument.Open(new MemoryStream(result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray()), false);
        var wordNotes = docx.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>()
            .Select(n => n.InnerText.Trim()).Where(t => t.EndsWith(" note.", StringComparison.Ordinal)).ToList();
        var wordBody = docx.MainDocumentPart.Document!.Body!.InnerText;

        using var output = new PdfOutput();
        var pdf = Path.Combine(output.Folder, "marks.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        var pdfText = PdfTools.Text(pdf);

        var markdown = System.Text.Encoding.UTF8.GetString(result.Outputs.Single(o => o.Format == "md").Bytes.Span);

        Assert.Equal(Notes, wordNotes.Select(First).Order(StringComparer.Ordinal));
        Assert.Equal(Notes, Regex.Matches(pdfText, @"(\w+) note\.").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Equal(Notes, Regex.Matches(markdown, @"(\w+) note\.").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

        Assert.Contains("lost[^nowhere]", wordBody, StringComparison.Ordinal);
        Assert.Contains("lost[^nowhere]", pdfText, StringComparison.Ordinal);
        Assert.Contains(@"lost\[\^nowhere\]", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_straight_after_another_is_raised_after_a_comma_in_Word_and_the_PDF()
    {
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer());
        var result = engine.Render(DataSource.FromText(Brief, "marks.yaml"), "docx", "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var docx = WordprocessingDocument.Open(new MemoryStream(result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray()), false);
        var marks = docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>()
            .Where(r => r.RunProperties?.RunStyle?.Val?.Value == "FootnoteReference")
            .Select(r => r.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>() is { } mark ? "^" + mark.Id!.Value : r.InnerText)
            .ToList();

        using var output = new PdfOutput();
        var pdf = Path.Combine(output.Folder, "marks.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        var pdfText = PdfTools.Text(pdf);

        // Word numbers its notes itself; what matters is where a comma stands: between the adjacent
        // pairs (a b, h i, j k), not between the spaced pair (c d), nor anywhere else.
        Assert.Equal(
            ["^", ",", "^", "^", "^", "^", "^", "^", "^", "^", ",", "^", "^", ",", "^"],
            marks.Select(m => m.StartsWith('^') ? "^" : m));
        Assert.Contains("Adjacent1,2,", pdfText, StringComparison.Ordinal);
        Assert.Contains("spaced3 4,", pdfText, StringComparison.Ordinal);
        Assert.Contains("listed9,10", pdfText, StringComparison.Ordinal);
        Assert.Contains("11,12", pdfText, StringComparison.Ordinal);
    }

    private static string First(string note) => note.Split(' ')[0];
}
