using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Items that do not open with a paragraph — a nested list, a quote, nothing — show the same
/// markers, at the same levels, in Word and in the PDF: Word numbers paragraphs, so each such
/// item has its marker on a line of its own in both, and numbered lists count alike.
/// </summary>
public class ListMarkerParityTests
{
    [Theory]
    [InlineData("- - inner\n- outer")]
    [InlineData("1. - inner\n2. outer")]
    [InlineData("- 1. inner\n- outer")]
    [InlineData("1. 1. inner\n2. outer")]
    [InlineData("- - - innermost\n- outer")]
    [InlineData("-\n- outer")]
    [InlineData("1.\n2. outer")]
    [InlineData("- > quoted\n- outer")]
    public void Word_and_PDF_show_the_same_markers_at_the_same_levels(string list)
    {
        var (docx, pdf) = Render(list);
        using var output = new PdfOutput();
        var path = Path.Combine(output.Folder, "list.pdf");
        File.WriteAllBytes(path, pdf);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);

        var word = WordMarkers(document);
        Assert.NotEmpty(word);
        Assert.Equal(word, PdfMarkers(path));
    }

    [Fact]
    public void A_quote_in_a_list_item_keeps_the_quote_style_indented_from_the_item_text()
    {
        var (docx, _) = Render("- > quoted\n- outer");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var quoted = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText == "quoted");
        Assert.Equal("Quote", quoted.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var indent = int.Parse(quoted.ParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        var level = Level(document, WordMarkerParagraphs(document).First().Numbering);
        Assert.True(indent > int.Parse(level.PreviousParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1000. thousand\n1001. thousand and one")]
    [InlineData("123456789. first\n123456790. second")]
    [InlineData("2026. A year in which the talks resumed.")]
    public void A_number_wider_than_the_hanging_room_stays_on_one_line_and_clear_of_the_text(string list)
    {
        var (_, pdf) = Render(list);
        using var output = new PdfOutput();
        var path = Path.Combine(output.Folder, "list.pdf");
        File.WriteAllBytes(path, pdf);

        // Before, "1000." broke into "100" over "0." and the numbers printed over one another.
        var numbers = list.Split('\n').Select(line => line[..(line.IndexOf('.', StringComparison.Ordinal) + 1)]);
        var lines = PdfTools.Text(path).Split('\n').Select(l => l.Trim()).ToList();
        Assert.All(numbers, number => Assert.Contains(lines, l => l.StartsWith(number + " ", StringComparison.Ordinal)));
        Assert.Empty(PdfAudit.Problems(path));
    }

    private static (byte[] Docx, byte[] Pdf) Render(string list)
    {
        var indented = string.Join("\n", list.Split('\n').Select(l => "  " + l));
        var brief = $"title: Lists\ndate: 2026-01-31\nsummary: |\n  Before the list.\n\n{indented}\n\n  After the list.\npillars:\n  - name: The pillar\n";
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer());
        var result = engine.Render(DataSource.FromText(brief, "lists.yaml"), "docx", "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray(), result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
    }

    /// <summary>Each numbered paragraph of the Word body as (level, is it a bullet), in order.</summary>
    private static List<(int Level, bool Bullet)> WordMarkers(WordprocessingDocument document) =>
        WordMarkerParagraphs(document).Select(p => (p.Numbering.NumberingLevelReference!.Val!.Value, Level(document, p.Numbering).NumberingFormat!.Val!.InnerText == "bullet")).ToList();

    private static IEnumerable<(Paragraph Paragraph, NumberingProperties Numbering)> WordMarkerParagraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (p, p.ParagraphProperties!.NumberingProperties!));

    private static Level Level(WordprocessingDocument document, NumberingProperties numbering)
    {
        var definitions = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var instance = definitions.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numbering.NumberingId!.Val!.Value);
        var abstractNum = definitions.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        return abstractNum.Elements<Level>().Single(l => l.LevelIndex!.Value == numbering.NumberingLevelReference!.Val!.Value);
    }

    /// <summary>Each list marker of the PDF's structure tree as (level, is it a bullet), in order: the level is how many lists hold it.</summary>
    private static List<(int Level, bool Bullet)> PdfMarkers(string pdf)
    {
        var lines = PdfTools.Run("pdfinfo", "-struct-text", pdf).Output.Split('\n');
        var open = new Stack<(int Indent, bool IsList)>();
        var markers = new List<(int, bool)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart().Length;
            var element = lines[i].Trim();
            while (open.Count > 0 && open.Peek().Indent >= indent)
            {
                open.Pop();
            }

            open.Push((indent, element.StartsWith("L (", StringComparison.Ordinal)));
            if (element.StartsWith("Lbl", StringComparison.Ordinal) && i + 1 < lines.Length)
            {
                var marker = lines[i + 1].Trim().Trim('"');
                markers.Add((open.Count(o => o.IsList) - 1, marker is "•" or "–" or "◦" or "▪"));
            }
        }

        return markers;
    }
}
