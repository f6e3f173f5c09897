using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>A pack's reference.docx supplies house styles, as Pandoc's --reference-doc does.</summary>
public class ReferenceDocTests
{
    [Fact]
    public void Styles_in_the_reference_document_replace_ours_by_id()
    {
        var reference = Path.Combine(Path.GetTempPath(), $"reference-{Guid.NewGuid():N}.docx");
        try
        {
            ReferenceDocs.Write(reference, [
                new Style(
                    new StyleName { Val = "heading 1" },
                    new StyleRunProperties(new RunFonts { Ascii = "House Serif", HighAnsi = "House Serif" }, new Color { Val = "660066" }))
                { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            ]);

            var output = WordOutput.Render(ModelSamples.EveryKind(), reference);
            using var result = WordprocessingDocument.Open(new MemoryStream(output), false);
            var styles = result.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
            var heading = Assert.Single(styles, s => s.StyleId == "Heading1");
            Assert.Equal("House Serif", heading.Descendants<RunFonts>().Single().Ascii!.Value);
            Assert.Contains(styles, s => s.StyleId == "Title"); // styles the reference lacks keep ours
            Assert.Empty(WordOutput.ValidationErrors(output));
        }
        finally
        {
            File.Delete(reference);
        }
    }
}
