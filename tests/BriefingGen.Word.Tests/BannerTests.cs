using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// The classification banner shows the document's Classification property through a DOCPROPERTY
/// field, so changing the marking in the file's properties and updating fields changes every
/// banner; the field's stored result is the marking already, so it shows without an update.
/// </summary>
public class BannerTests
{
    [Fact]
    public void In_a_paper_with_data_every_banner_is_bound_to_the_classification_and_set_in_capitals()
    {
        // An edit to one banner shows in every other and lands in the data; the property still names the marking.
        using var document = WordOutput.Open(WordOutput.Render(RepositoryPaths.Sample));
        var property = document.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>().Single(p => p.Name == "Classification");
        Assert.Equal("RESTRICTED", property.InnerText);
        var banners = new[]
        {
            document.MainDocumentPart!.HeaderParts.Single().Header!.Elements<Paragraph>().First(),
            document.MainDocumentPart.FooterParts.Single().Footer!.Elements<Paragraph>().Last(),
        };
        var xpaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var banner in banners)
        {
            var control = Assert.Single(banner.Descendants<SdtRun>());
            Assert.Equal("classification", control.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value);
            xpaths.Add(control.SdtProperties.GetFirstChild<DataBinding>()!.XPath!.Value!);
            Assert.NotEmpty(control.Descendants<Caps>());
            Assert.Equal("RESTRICTED", banner.InnerText);
        }

        Assert.Single(xpaths);
    }

    [Fact]
    public void The_stored_result_is_the_marking_in_capitals_as_Word_would_compute_it()
    {
        var metadata = new Model.DocumentMetadata { Title = "Test", Language = "en-GB", Classification = "Official – Sensitive" };
        var document = new Model.Document(metadata, [new Model.Section([new Model.Paragraph([new Model.Text("text")])], Model.PageLayout.A4, Model.PageFurniture.Empty, Model.PageNumbering.Default, metadata)]);
        using var docx = WordOutput.Open(WordOutput.Render(document));
        var field = docx.MainDocumentPart!.HeaderParts.Single().Header!.Descendants<SimpleField>().Single();
        Assert.Contains("\\* Upper", field.Instruction!.Value!, StringComparison.Ordinal);
        Assert.Equal("OFFICIAL – SENSITIVE", field.InnerText);
    }

    [Fact]
    public void A_section_marked_otherwise_than_the_document_shows_its_own_marking()
    {
        var metadata = new Model.DocumentMetadata { Title = "Test", Language = "en-GB", Classification = "OFFICIAL" };
        var annex = metadata with { Classification = "SECRET" };
        Model.Section Section(Model.DocumentMetadata m, string text) => new([new Model.Paragraph([new Model.Text(text)])], Model.PageLayout.A4, Model.PageFurniture.Empty, Model.PageNumbering.Default, m);
        var bytes = WordOutput.Render(new Model.Document(metadata, [Section(metadata, "main"), Section(annex, "annex")]));
        using var document = WordOutput.Open(bytes);
        var headers = HeadersInOrder(document);
        Assert.Equal("OFFICIAL", headers[0].Elements<Paragraph>().First().InnerText);
        Assert.Single(headers[0].Descendants<SimpleField>());
        Assert.Equal("SECRET", headers[1].Elements<Paragraph>().First().InnerText);
        Assert.Empty(headers[1].Descendants<SimpleField>());
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    private static List<Header> HeadersInOrder(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        return main.Document!.Body!.Descendants<SectionProperties>()
            .Select(s => ((HeaderPart)main.GetPartById(s.GetFirstChild<HeaderReference>()!.Id!.Value!)).Header!)
            .ToList();
    }
}
