using BriefingGen.Engine;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Every shipped pack's examples make Word files that Word's own validator accepts, with one Word section per paper section.</summary>
public class PackExampleTests
{
    public static TheoryData<string, string> Examples() => PackExamples.All();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_is_a_valid_Word_file_whose_sections_each_carry_their_banner(string pack, string example)
    {
        var result = TestEngines.Load(PackExamples.Pack(pack), new WordRenderer()).Render(DataSource.FromFile(PackExamples.Example(pack, example)), "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = result.Outputs.Single().Bytes.ToArray();

        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.NotEmpty(sections);
        var headers = sections.Select(s => s.Elements<HeaderReference>().Single(h => h.Type is null || h.Type.Value == HeaderFooterValues.Default).Id!.Value!)
            .Select(id => ((DocumentFormat.OpenXml.Packaging.HeaderPart)document.MainDocumentPart.GetPartById(id)).Header!)
            .ToList();
        var title = document.PackageProperties.Title;
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.Contains(title!, body.InnerText, StringComparison.Ordinal);
        // A section shows its banner and running header; only one the pack left bare on purpose
        // (a report's cover) has an empty header.
        var paperSections = result.Document!.Sections;
        Assert.Equal(paperSections.Count, headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var furniture = paperSections[i].Furniture;
            var furnished = Model.InlineText.Of([.. furniture.HeaderLeft, .. furniture.HeaderRight]).Trim().Length > 0 || paperSections[i].Metadata.Classification is not null;
            Assert.Equal(furnished, headers[i].InnerText.Trim().Length > 0);
        }
    }

    [Fact]
    public void A_submissions_annexes_are_lettered_sections_numbered_from_their_letter()
    {
        var bytes = WordOutput.Render(PackExamples.Example("submission", "fisheries-quotas.yaml"), PackExamples.Pack("submission"));
        using var document = WordOutput.Open(bytes);
        var sections = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();

        Assert.Equal(3, sections.Count);
        Assert.All(sections.Skip(1), s => Assert.Equal(1, s.GetFirstChild<PageNumberType>()!.Start!.Value));
        var headings = document.MainDocumentPart.Document.Body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Annex A: The negotiating mandate", headings);
        Assert.Contains("Annex B: Quota history, 2022–2026", headings);
    }

    [Fact]
    public void A_client_reports_exhibit_captions_are_bookmarked_listed_by_their_style_and_linked_from_the_text()
    {
        var bytes = WordOutput.Render(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"), PackExamples.Pack("client-report"));
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;

        var captions = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ExhibitTitle").ToList();
        Assert.Equal(6, captions.Count);
        Assert.StartsWith("Exhibit\u00A04: Joint investment", captions[3].InnerText, StringComparison.Ordinal);
        var bookmarks = captions.Select(c => c.Elements<BookmarkStart>().Single().Name!.Value!).ToList();
        Assert.Equal(bookmarks.Count, bookmarks.Distinct().Count());

        // What an exhibit shows keeps with its source line: a chart's paragraph, every row of a
        // short table, and the last two rows of a longer one.
        var sources = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ExhibitSource").ToList();
        Assert.Equal(6, sources.Count);
        Assert.All(sources, source =>
        {
            var kept = source.PreviousSibling() is Table table
                ? table.Elements<TableRow>().TakeLast(table.Elements<TableRow>().Count() <= 8 ? 8 : 2).SelectMany(r => r.Descendants<Paragraph>()).ToList()
                : [Assert.IsType<Paragraph>(source.PreviousSibling())];
            Assert.All(kept, p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
        });

        // The list of exhibits is a TOC field over the captions' style, one linked entry per caption.
        var instructions = body.Descendants<FieldCode>().Select(f => f.Text).ToList();
        Assert.Contains(instructions, i => i.Contains("TOC \\t \"Exhibit Title,1\"", StringComparison.Ordinal));
        var style = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == "ExhibitTitle");
        Assert.Equal("Exhibit Title", style.StyleName!.Val!.Value);

        // "see Exhibit 4" in the summary is a hyperlink to the fourth caption's bookmark.
        var reference = body.Descendants<Hyperlink>().First(h => h.InnerText == "Exhibit\u00A04" && h.Ancestors<Paragraph>().All(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) != true));
        Assert.Equal(bookmarks[3], reference.Anchor!.Value);
    }

    [Fact]
    public void A_long_table_keeps_only_its_last_rows_with_its_source_so_it_can_break_across_pages()
    {
        using var folder = new TempFolder();
        var example = File.ReadAllText(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"));
        var extraRows = string.Concat(Enumerable.Range(1, 30).Select(i => $"\n              - [Harbour {i}, 3.5, 2.5, 2.5, 1, 1]"));
        foreach (var logo in Directory.GetFiles(Path.GetDirectoryName(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"))!, "*.svg"))
        {
            File.Copy(logo, Path.Combine(folder.Path, Path.GetFileName(logo)));
        }

        var data = Path.Combine(folder.Path, "long-table.yaml");
        File.WriteAllText(data, example.Replace("- [Båtsfjord, 3.5, 2.5, 2.5, 1, 1]", "- [Båtsfjord, 3.5, 2.5, 2.5, 1, 1]" + extraRows, StringComparison.Ordinal));

        using var document = WordOutput.Open(WordOutput.Render(data, PackExamples.Pack("client-report")));
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Harbour 30", StringComparison.Ordinal));
        var kept = table.Elements<TableRow>().Select(r => r.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null)).ToList();
        Assert.True(kept.Count > 30);
        Assert.Equal([true, true], kept.TakeLast(2));
        Assert.DoesNotContain(true, kept.Skip(2).SkipLast(2));
    }

    [Fact]
    public void An_annexs_page_field_shows_its_number_after_the_prefix_not_the_prefix_twice()
    {
        using var document = WordOutput.Open(WordOutput.Render(PackExamples.Example("submission", "fisheries-quotas.yaml"), PackExamples.Pack("submission")));
        var pageFields = document.MainDocumentPart!.FooterParts
            .SelectMany(f => f.Footer!.Descendants<SimpleField>())
            .Where(f => f.Instruction?.Value?.Trim() == "PAGE")
            .ToList();
        var prefixed = pageFields.Where(f => f.PreviousSibling<Run>()?.InnerText.EndsWith('-') == true).ToList();
        Assert.NotEmpty(prefixed);
        Assert.All(prefixed, f => Assert.Matches("^[0-9]+$", f.InnerText));
    }

    [Fact]
    public void A_client_reports_appendices_are_lettered_sections_and_the_wide_one_is_landscape()
    {
        var bytes = WordOutput.Render(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"), PackExamples.Pack("client-report"));
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();

        // Cover, body, appendix A (landscape), appendix B (portrait again).
        Assert.Equal(4, sections.Count);
        var orientations = sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value ?? PageOrientationValues.Portrait).ToList();
        Assert.Equal([PageOrientationValues.Portrait, PageOrientationValues.Portrait, PageOrientationValues.Landscape, PageOrientationValues.Portrait], orientations);
        Assert.All(sections.Skip(2), s => Assert.Equal(1, s.GetFirstChild<PageNumberType>()!.Start!.Value));
        var headings = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Appendix A: Readiness scores by area and criterion", headings);
        Assert.Contains("Appendix B: People we interviewed", headings);
    }

    [Theory]
    [InlineData("draft", "DRAFT")]
    [InlineData("for_discussion", "FOR DISCUSSION")]
    [InlineData("final", null)]
    public void A_client_report_carries_its_status_as_a_watermark_in_every_section_until_it_is_final(string status, string? word)
    {
        var example = File.ReadAllText(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"));
        Assert.Contains("status: draft\n", example, StringComparison.Ordinal);
        var data = DataSource.FromText(example.Replace("status: draft\n", $"status: {status}\n", StringComparison.Ordinal), "report.yaml", Path.GetDirectoryName(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml")));
        var result = TestEngines.Load(PackExamples.Pack("client-report"), new WordRenderer()).Render(data, "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = result.Outputs.Single().Bytes.ToArray();
        Assert.Empty(WordOutput.ValidationErrors(bytes));

        using var document = WordOutput.Open(bytes);
        var sections = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();
        Assert.Equal(4, sections.Count);
        foreach (var section in sections)
        {
            // Every section's default header, the bare cover's too, holds the shape or none.
            var id = section.Elements<HeaderReference>().Single(r => r.Type?.Value == HeaderFooterValues.Default).Id!.Value!;
            var header = ((DocumentFormat.OpenXml.Packaging.HeaderPart)document.MainDocumentPart.GetPartById(id)).Header!;
            var shapes = header.Descendants<DocumentFormat.OpenXml.Vml.Shape>().Select(t => t.GetFirstChild<DocumentFormat.OpenXml.Vml.TextPath>()?.String?.Value).ToList();
            if (word is null)
            {
                Assert.Empty(shapes);
            }
            else
            {
                Assert.Equal([word], shapes);
            }
        }
    }

    [Fact]
    public void A_client_reports_running_header_shows_the_consultancys_mark_on_every_page_but_the_cover()
    {
        var bytes = WordOutput.Render(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"), PackExamples.Pack("client-report"));
        using var document = WordOutput.Open(bytes);
        var headers = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>()
            .Select(s => s.Elements<HeaderReference>().Single(r => r.Type?.Value == HeaderFooterValues.Default).Id!.Value!)
            .Select(id => ((DocumentFormat.OpenXml.Packaging.HeaderPart)document.MainDocumentPart.GetPartById(id)).Header!)
            .ToList();

        Assert.Equal(4, headers.Count);
        Assert.Empty(headers[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>());
        Assert.All(headers.Skip(1), header =>
        {
            var logo = Assert.Single(header.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>());
            Assert.Equal("Nordkyst Advisory", logo.DocProperties!.Description!.Value);
            Assert.Equal(7 * 36000L, logo.Extent!.Cy!.Value);
            Assert.Contains("Arctic Coast Municipal Partnership", header.InnerText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_list_of_exhibits_in_a_paper_without_exhibits_is_left_out()
    {
        var list = new Model.TableOfContents([new Model.Text("Exhibits")]) { CaptionRole = Model.ParagraphRoles.ExhibitTitle };
        var empty = WordOutput.Render(ModelSamples.Of(new Model.Paragraph([new Model.Text("No exhibits here.")]), list));
        var withOne = WordOutput.Render(ModelSamples.Of(list, new Model.Paragraph([new Model.Text("Exhibit 1: Calls")], Model.ParagraphRoles.ExhibitTitle) { Anchor = "calls" }));

        using (var document = WordOutput.Open(empty))
        {
            Assert.DoesNotContain("Exhibits", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        using (var document = WordOutput.Open(withOne))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            Assert.Contains("Exhibits", body.InnerText, StringComparison.Ordinal);
            Assert.Single(body.Descendants<Hyperlink>(), h => h.InnerText == "Exhibit 1: Calls");
        }
    }
}
