using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// A link or a picture in a footnote lives in the footnotes part, and Word looks its relationship
/// up there: the part has it, under the id the content names.
/// </summary>
public class PartRelationshipTests
{
    [Fact]
    public void A_link_and_a_picture_in_a_footnote_have_their_relationships_in_the_footnotes_part()
    {
        var picture = new Model.ImageData(TestPictures.Read("photo.jpg"), Model.ImageFormat.Jpeg, 48, 32);
        var note = new Model.FootnoteReference([
            new Model.Paragraph([new Model.Text("See "), new Model.Link("https://www.regjeringen.no/en", [new Model.Text("the ministry")])]),
            new Model.Figure(picture, "A photograph", null)]);
        var document = ModelSamples.Of(new Model.Paragraph([new Model.Text("Body"), note, new Model.Text(" and "), new Model.Link("https://www.regjeringen.no/en", [new Model.Text("the same site")])]));

        var bytes = WordOutput.Render(document);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var docx = WordOutput.Open(bytes);
        var part = docx.MainDocumentPart!.FootnotesPart!;
        var link = Assert.Single(part.Footnotes!.Descendants<Hyperlink>());
        Assert.Equal("https://www.regjeringen.no/en", part.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());
        var blip = Assert.Single(part.Footnotes!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>());
        Assert.Contains(part.Parts, p => p.RelationshipId == blip.Embed);
    }
}
