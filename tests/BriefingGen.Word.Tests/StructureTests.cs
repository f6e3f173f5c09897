using System.IO.Compression;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>The sample uses real Word machinery, not look-alikes.</summary>
public class StructureTests
{
    private static readonly byte[] Sample = WordOutput.Render(RepositoryPaths.Sample);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static IEnumerable<string?> StylesUsed(WordprocessingDocument document) =>
        Body(document).Descendants<ParagraphStyleId>().Select(s => s.Val?.Value);

    [Fact]
    public void Paragraphs_use_named_styles_that_the_style_sheet_defines()
    {
        using var document = WordOutput.Open(Sample);
        var used = StylesUsed(document).Distinct().ToList();
        Assert.Contains("Title", used);
        Assert.Contains("Subtitle", used);
        Assert.Contains("Heading1", used);
        Assert.Contains("Heading2", used);
        Assert.Contains("ListBullet", used);
        Assert.Contains("ListNumber", used);
        var defined = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
        Assert.All(used, id => Assert.Contains(id, defined));
        var heading1 = document.MainDocumentPart.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("heading 1", heading1.StyleName!.Val!.Value); // Word's built-in name: the navigation pane knows it
        Assert.Equal(0, heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void Lists_use_Word_numbering_and_each_numbered_list_restarts()
    {
        using var document = WordOutput.Open(Sample);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var numbered = Body(document).Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "ListNumber")
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value)
            .Distinct()
            .ToList();
        Assert.Equal(2, numbered.Count); // recommendations and sources: two separate lists
        foreach (var id in numbered)
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == id);
            Assert.Equal(1, instance.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value);
        }
    }

    [Fact]
    public void Header_and_footer_carry_the_banner_and_page_fields()
    {
        using var document = WordOutput.Open(Sample);
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal("RESTRICTED", header.Elements<Paragraph>().First().InnerText);
        Assert.Equal("RESTRICTED", footer.Elements<Paragraph>().Last().InnerText);
        var fields = footer.Elements<Paragraph>().First().Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.StartsWith("Page ", footer.Elements<Paragraph>().First().Descendants<Run>().Select(r => r.InnerText).Last(t => t.StartsWith("Page", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_header_rows_repeat_and_rows_do_not_split()
    {
        using var document = WordOutput.Open(Sample);
        var tables = Body(document).Elements<Table>().Where(t => t.Descendants<TableHeader>().Any()).ToList();
        Assert.Equal(2, tables.Count); // cooperation and risk register
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        }
    }

    [Fact]
    public void Rating_cells_are_shaded_by_band()
    {
        using var document = WordOutput.Open(Sample);
        var register = Body(document).Elements<Table>().Single(t => t.InnerText.Contains("Mitigation", StringComparison.Ordinal));
        var critical = TestEngines.PolicyBrief.StyleSheet!.Shades["risk-high"].Fill;
        var r1 = register.Elements<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "R1");
        var rating = r1.Elements<TableCell>().ElementAt(3);
        Assert.Equal("High", rating.InnerText);
        Assert.Equal(critical, rating.TableCellProperties!.Shading!.Fill!.Value);
    }

    [Fact]
    public void Sources_are_live_hyperlinks_and_headings_are_bookmarked()
    {
        using var document = WordOutput.Open(Sample);
        var targets = document.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.ToString()).ToList();
        Assert.Contains("https://www.barents-council.org/", targets);
        var links = Body(document).Descendants<Hyperlink>().ToList();
        Assert.All(links.Where(l => l.Id is not null), l => Assert.Contains(document.MainDocumentPart.HyperlinkRelationships, r => r.Id == l.Id));
        var bookmarks = Body(document).Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Contains("h_summary", bookmarks);
        Assert.Equal(bookmarks.Count, bookmarks.Distinct().Count());
        Assert.All(bookmarks, b => Assert.True(b.Length <= 40));
    }

    [Fact]
    public void Properties_come_from_the_data_and_not_the_clock()
    {
        using var document = WordOutput.Open(Sample);
        var core = document.PackageProperties;
        Assert.Equal("Norway\u2019s policy towards Russia", core.Title);
        Assert.Equal("Ingrid Haugen", core.Creator);
        Assert.Equal("en-GB", core.Language);
        Assert.Equal(new DateTime(2026, 10, 5, 0, 0, 0, DateTimeKind.Utc), core.Created!.Value.ToUniversalTime());
        var custom = document.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal("RESTRICTED", custom["Classification"]);
        Assert.Equal("POL-2026/0412", custom["Reference"]);
        Assert.Equal("Policy Analysis Department", document.ExtendedFilePropertiesPart!.Properties!.Company!.Text);
    }

    [Fact]
    public void The_document_language_is_set_for_spelling_and_hyphenation()
    {
        var bytes = WordOutput.Render(Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases", "norwegian", "data.yaml"));
        using var document = WordOutput.Open(bytes);
        var languages = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal("nb-NO", languages.Val!.Value);
        Assert.Contains("Side ", document.MainDocumentPart.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
        Assert.Contains("5. oktober 2026", Body(document).InnerText, StringComparison.Ordinal);
        Assert.Contains("Risikoregister", Body(document).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var again = WordOutput.Render(RepositoryPaths.Sample);
        Assert.Equal(Sample, again);
        using var zip = new ZipArchive(new MemoryStream(again));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }
}
