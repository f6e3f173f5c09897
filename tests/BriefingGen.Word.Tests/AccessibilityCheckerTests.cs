using BriefingGen.Diagnostics;
using BriefingGen.Testing;
using BriefingGen.Word.Accessibility;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// The accessibility checker passes every shipped example and catches each kind of fault when a
/// paper is broken on purpose, so it can fail.
/// </summary>
public class AccessibilityCheckerTests
{
    public static TheoryData<string, string> Examples() => PackExamples.All();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_shipped_example_passes(string pack, string example)
    {
        var findings = Check(WordOutput.Render(PackExamples.Example(pack, example), PackExamples.Pack(pack)));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_table_without_alternative_text_is_an_error()
    {
        var findings = Check(Broken(d => d.MainDocumentPart!.Document!.Body!.Descendants<TableProperties>().First().TableCaption!.Remove(), d => d.MainDocumentPart!.Document!.Body!.Descendants<TableProperties>().First().TableDescription?.Remove()));

        Assert.Contains(findings, f => f.Rule == "missing-alt-text" && f.Severity == Severity.Error && f.Where.StartsWith("table 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_whose_header_row_is_not_marked_is_an_error()
    {
        var findings = Check(Broken(d => d.MainDocumentPart!.Document!.Body!.Descendants<TableHeader>().First().Remove()));

        Assert.Contains(findings, f => f.Rule == "table-header" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Merged_cells_in_a_header_row_are_a_warning()
    {
        var findings = Check(Broken(d =>
        {
            var header = d.MainDocumentPart!.Document!.Body!.Descendants<TableHeader>().First().Ancestors<TableRow>().First();
            header.Elements<TableCell>().First().TableCellProperties!.Append(new GridSpan { Val = 2 });
        }));

        Assert.Contains(findings, f => f.Rule == "merged-header-cells" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_picture_without_alternative_text_is_an_error()
    {
        var findings = Check(Broken(d =>
        {
            var properties = d.MainDocumentPart!.Document!.Body!.Descendants<Dw.DocProperties>().First();
            properties.Description = null;
            properties.Title = null;
        }));

        Assert.Contains(findings, f => f.Rule == "missing-alt-text" && f.Where.StartsWith("picture 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_skipped_heading_level_is_a_warning()
    {
        var findings = Check(Broken(d =>
        {
            var heading = d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2");
            heading.ParagraphProperties!.ParagraphStyleId!.Val = "Heading3";
        }));

        Assert.Contains(findings, f => f.Rule == "heading-order" && f.Message.Contains("level 3 heading follows a level 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Pale_text_on_white_is_a_low_contrast_warning()
    {
        var findings = Check(Broken(d =>
        {
            var run = d.MainDocumentPart!.Document!.Body!.Descendants<Run>().First(r => r.InnerText.StartsWith("Plain", StringComparison.Ordinal));
            (run.RunProperties ??= run.PrependChild(new RunProperties())).Color = new Color { Val = "C8C8C8" };
        }));

        Assert.Contains(findings, f => f.Rule == "low-contrast" && f.Message.Contains("C8C8C8 on FFFFFF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paper_without_title_or_language_says_so()
    {
        var findings = Check(Broken(
            d => d.PackageProperties.Title = null,
            d => d.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Remove()));

        Assert.Contains(findings, f => f.Rule == "document-title");
        Assert.Contains(findings, f => f.Rule == "document-language");
    }

    private static IReadOnlyList<AccessibilityFinding> Check(byte[] docx) => WordAccessibilityChecker.Check(new MemoryStream(docx));

    /// <summary>The model sample with every kind of block, its Word file edited by <paramref name="edits"/>.</summary>
    private static byte[] Broken(params Action<WordprocessingDocument>[] edits)
    {
        var bytes = WordOutput.Render(ModelSamples.EveryKind());
        Assert.Empty(Check(bytes));
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var edit in edits)
            {
                edit(document);
            }
        }

        return stream.ToArray();
    }
}
