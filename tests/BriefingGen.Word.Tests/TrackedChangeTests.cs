using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Tracked changes as Word's own revisions, and a section that ends with a list.</summary>
public class TrackedChangeTests
{
    [Fact]
    public void Insertions_and_deletions_are_real_revisions_credited_and_dated()
    {
        var paragraph = new Model.Paragraph(
        [
            new Model.Text("Russia "),
            new Model.TrackedChange(Model.TrackedChangeKind.Deleted, [new Model.Text("tolerates ")], "BriefingGen", "2026-11-30"),
            new Model.TrackedChange(Model.TrackedChangeKind.Inserted, [new Model.Strong([new Model.Text("accepts ")])], "BriefingGen", "2026-11-30"),
            new Model.Text("the inspections."),
        ]);

        var bytes = WordOutput.Render(ModelSamples.Of(paragraph));

        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var deleted = Assert.Single(body.Descendants<DeletedRun>());
        var inserted = Assert.Single(body.Descendants<InsertedRun>());
        Assert.Equal("tolerates ", string.Concat(deleted.Descendants<DeletedText>().Select(t => t.Text)));
        Assert.Empty(deleted.Descendants<Text>());
        Assert.Equal("accepts ", inserted.InnerText);
        Assert.NotEmpty(inserted.Descendants<Bold>());
        Assert.All(new DocumentFormat.OpenXml.OpenXmlElement[] { deleted, inserted }, change => Assert.Equal("BriefingGen", change.GetAttributes().Single(a => a.LocalName == "author").Value));
        Assert.Equal(new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), inserted.Date!.Value.ToUniversalTime());
        Assert.NotEqual(deleted.Id!.Value, inserted.Id!.Value);
    }

    [Fact]
    public void A_section_that_ends_with_a_list_keeps_its_break_out_of_the_list_item()
    {
        var metadata = new Model.DocumentMetadata { Title = "Test", Language = "en-GB" };
        var list = new Model.ListBlock(true, [new Model.ListItem([new Model.Paragraph([new Model.Text("Last item")])])]);
        Model.Section Section(params Model.Block[] blocks) => new(blocks, Model.PageLayout.A4, Model.PageFurniture.Empty, Model.PageNumbering.Default, metadata);
        var bytes = WordOutput.Render(new Model.Document(metadata, [Section(list), Section(new Model.Heading(1, [new Model.Text("Next")], "next"))]));

        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var holder = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().First().Ancestors<Paragraph>().Single();
        Assert.Null(holder.ParagraphProperties!.NumberingProperties);
        Assert.Equal("", holder.InnerText);
    }
}
