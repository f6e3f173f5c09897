using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// The contents heading looks like Heading 1 but is never numbered: it must not take the heading
/// numbering (which would make it "1 Contents" and renumber every section after it), in our
/// styles or when a reference document restyles it.
/// </summary>
public class ContentsHeadingTests
{
    [Fact]
    public void The_contents_heading_style_switches_the_heading_numbering_off()
    {
        using var document = WordOutput.Open(WordOutput.Render(ModelSamples.EveryKind()));
        AssertUnnumbered(document);
    }

    [Fact]
    public void A_reference_document_contents_heading_based_on_Heading_1_stays_unnumbered()
    {
        using var folder = new TempFolder();
        var reference = ReferenceDocs.Write(Path.Combine(folder.Path, "reference.docx"), [
            new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "TOC Heading" }, new BasedOn { Val = "Heading1" }, new StyleParagraphProperties(new OutlineLevel { Val = 9 }))
            { Type = StyleValues.Paragraph, StyleId = "TOCHeading" },
        ]);

        var bytes = WordOutput.Render(ModelSamples.EveryKind(), reference);
        using var document = WordOutput.Open(bytes);
        AssertUnnumbered(document);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    private static void AssertUnnumbered(WordprocessingDocument document)
    {
        // Heading 1 is numbered, so the test means something.
        Assert.NotEqual(0, StyleChain.Paragraph<NumberingProperties>(document, "Heading1")!.NumberingId!.Val!.Value);
        var numbering = StyleChain.Paragraph<NumberingProperties>(document, "TOCHeading");
        Assert.NotNull(numbering);
        Assert.Equal(0, numbering.NumberingId!.Val!.Value);
        Assert.Equal(9, StyleChain.Paragraph<OutlineLevel>(document, "TOCHeading")!.Val!.Value);
        var heading = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "TOCHeading");
        Assert.Null(heading.ParagraphProperties!.NumberingProperties);
    }
}
