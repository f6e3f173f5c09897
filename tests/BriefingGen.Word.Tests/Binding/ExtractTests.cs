using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;
using BriefingGen.Word.Binding;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>Edits made in a paper's controls come back as data; what was not edited comes back exactly as written.</summary>
public class ExtractTests
{
    [Fact]
    public void Edits_in_bound_choice_and_rich_text_controls_come_back_and_nothing_else_changes()
    {
        var (_, docx) = BoundPapers.Sample();
        docx = BoundPapers.Edit(docx, "reference", "POL-2026/0999");
        docx = BoundPapers.Edit(docx, "risks[1].likelihood", "4");
        docx = BoundPapers.Edit(docx, "cooperation_areas[1].status", "Paused", "paused");
        docx = BoundPapers.Edit(docx, "pillars[1].summary", "Cooperation is pursued only where it serves Norway.");

        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var changes = DataDiff.Compare(extracted.Embedded!, extracted.Data!);
        Assert.Equal(["reference", "pillars[1].summary", "cooperation_areas[1].status", "risks[1].likelihood"], changes.Select(c => c.Path.ToString()));
        Assert.Equal("changed risks[1].likelihood: 2 → 4", changes[3].ToString());
        Assert.Equal(ScalarKind.Integer, ((DataScalar)changes[3].After!).Kind);
        Assert.Equal("Cooperation is pursued only where it serves Norway.", ((DataScalar)changes[1].After!).Text);

        // Everything else is the data as the file wrote it, to the byte.
        var expected = YamlDataWriter.Write(BoundPapers.SampleData())
            .Replace("POL-2026/0412", "POL-2026/0999", StringComparison.Ordinal)
            .Replace("    likelihood: 2\n    impact: 5\n    trend: stable", "    likelihood: 4\n    impact: 5\n    trend: stable", StringComparison.Ordinal)
            .Replace("status: reduced\n    interest: Securing", "status: paused\n    interest: Securing", StringComparison.Ordinal);
        var written = YamlDataWriter.Write(extracted.Data!);
        var summaryStart = expected.IndexOf("  - name: Practical cooperation with Russia\n    summary: |\n", StringComparison.Ordinal);
        Assert.Equal(expected[..summaryStart], written[..summaryStart]);
        Assert.Equal(expected[expected.IndexOf("    commitments:\n      - Continue", StringComparison.Ordinal)..], written[written.IndexOf("    commitments:\n      - Continue", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Rendering_the_extracted_data_gives_the_edited_paper()
    {
        var (_, docx) = BoundPapers.Sample();
        docx = BoundPapers.Edit(docx, "author.name", "Kari Nordmann");
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var (_, again) = BoundPapers.Render(DataSource.FromTree(extracted.Data!, "edited.yaml"));
        using var word = WordOutput.Open(again);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Kari Nordmann", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingrid Haugen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_in_the_body_alone_is_read_even_where_another_control_still_shows_the_old_value()
    {
        // LibreOffice writes an edit into the control it was made in, not into the part or the other controls.
        var (_, docx) = BoundPapers.Sample();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var title = BoundPapers.Controls(document).First(c => BoundPapers.Tag(c) == "title");
            title.Descendants<Text>().First().Text = "A new title";
        }

        var extracted = BoundPapers.Extract(stream.ToArray());
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal("A new title", ((DataScalar)((DataMap)extracted.Data!)["title"]!).Text);
    }

    [Fact]
    public void Two_different_edits_of_one_value_are_an_error_not_a_guess()
    {
        var (_, docx) = BoundPapers.Sample();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var titles = BoundPapers.Controls(document).Where(c => BoundPapers.Tag(c) == "title").ToList();
            Assert.True(titles.Count >= 2, "the title shows in the body and the footer");
            titles[0].Descendants<Text>().First().Text = "One title";
            titles[1].Descendants<Text>().First().Text = "Another title";
        }

        var extracted = BoundPapers.Extract(stream.ToArray());
        Assert.False(extracted.Succeeded);
        Assert.Contains(extracted.Diagnostics, d => d.DataPath == "title" && d.Message.Contains("content control 'Title'", StringComparison.Ordinal) && d.Message.Contains("different values", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paper_whose_control_was_deleted_is_an_error()
    {
        var (_, docx) = BoundPapers.Sample();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var control in BoundPapers.Controls(document).Where(c => BoundPapers.Tag(c) == "risks[2].mitigation").ToList())
            {
                control.Remove();
            }
        }

        var extracted = BoundPapers.Extract(stream.ToArray());
        Assert.False(extracted.Succeeded);
        var error = Assert.Single(extracted.Diagnostics);
        Assert.Equal("risks[2].mitigation", error.DataPath);
        Assert.Contains("content control 'Risk R3 — mitigation' is no longer in the paper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_without_the_data_part_is_an_error()
    {
        var docx = WordOutput.Render(TestEngines.Sample());
        var extracted = BoundPapers.Extract(docx);
        Assert.False(extracted.Succeeded);
        Assert.Contains("carries no data", Assert.Single(extracted.Diagnostics).Message, StringComparison.Ordinal);
        Assert.False(BoundPapers.Extract([1, 2, 3]).Succeeded);
    }

    [Fact]
    public void A_date_edited_in_its_long_form_comes_back_as_a_date()
    {
        var (_, docx) = BoundPapers.Sample();
        docx = BoundPapers.Edit(docx, "date", "12 October 2026", "2026-10-12");
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal("changed date: 2026-10-05 → 2026-10-12", Assert.Single(DataDiff.Compare(extracted.Embedded!, extracted.Data!)).ToString());
    }

    [Fact]
    public void A_value_shown_in_two_forms_and_edited_in_both_comes_back()
    {
        // In the register the title prints as written; in the bold line "R1 – title." the hyphen after the id becomes a dash.
        var yaml = File.ReadAllText(RepositoryPaths.Sample).Replace("title: Military incident in the Barents Sea", "title: \"- Military incident in the Barents Sea\"", StringComparison.Ordinal);
        var (_, docx) = BoundPapers.Render(DataSource.FromText(yaml, "brief.yaml"));
        Assert.Equal(2, PaperFields.Fields(docx).Count(f => f.Path == "risks[0].title" && f.Form == "text"));

        var extracted = BoundPapers.Extract(BoundPapers.Edit(docx, "risks[0].title", "Incident at sea"));
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var change = Assert.Single(DataDiff.Compare(extracted.Embedded!, extracted.Data!));
        Assert.Equal("risks[0].title", change.Path.ToString());
        Assert.Equal("Incident at sea", ((DataScalar)change.After!).Text);
    }

    [Fact]
    public void A_data_part_an_editor_emptied_is_a_clear_error()
    {
        var (_, docx) = BoundPapers.Sample();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            document.MainDocumentPart!.CustomXmlParts.Single().FeedData(new MemoryStream());
        }

        var extracted = BoundPapers.Extract(stream.ToArray());
        Assert.False(extracted.Succeeded);
        var error = Assert.Single(extracted.Diagnostics).Message;
        Assert.Contains("data part is empty", error, StringComparison.Ordinal);
        Assert.Contains("LibreOffice empties it", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "it holds a document type declaration (DTD)")]
    [InlineData("<paper xmlns=\"urn:x\">\n<unclosed>", "its XML is not well formed at line 2, column")]
    public void A_damaged_data_part_is_named_with_what_is_wrong_in_plain_words(string xml, string expected)
    {
        var (_, docx) = BoundPapers.Sample();
        using var stream = new MemoryStream();
        stream.Write(docx);
        string uri;
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var part = document.MainDocumentPart!.CustomXmlParts.Single();
            part.FeedData(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
            uri = part.Uri.ToString();
        }

        // Before, the XML parser's own words came through: "…set the DtdProcessing property on XmlReaderSettings…".
        var error = Assert.Single(BoundPapers.Extract(stream.ToArray()).Diagnostics).Message;
        Assert.Contains($"its part {uri}: {expected}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("XmlReaderSettings", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("risks[99].title", "names nothing in it")]
    [InlineData("risks", "names a list, not a value")]
    public void An_edit_whose_field_names_no_value_of_the_embedded_data_is_an_error_not_dropped(string path, string expected)
    {
        var (_, docx) = BoundPapers.Sample();
        docx = BoundPapers.Edit(docx, "reference", "POL-2026/0999");
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var part = document.MainDocumentPart!.CustomXmlParts.Single();
            var xml = BoundPapers.Part(document);
            System.Xml.Linq.XNamespace ns = PaperPart.Namespace;
            var field = xml.Root!.Element(ns + PaperPart.Fields)!.Elements(ns + PaperPart.Field).First(f => (string?)f.Attribute("path") == "reference");
            field.SetAttributeValue("path", path);
            using var write = part.GetStream(FileMode.Create);
            xml.Save(write, System.Xml.Linq.SaveOptions.DisableFormatting);
        }

        var extracted = BoundPapers.Extract(stream.ToArray());

        Assert.False(extracted.Succeeded);
        Assert.Null(extracted.Data);
        var error = Assert.Single(extracted.Diagnostics);
        Assert.Equal(path, error.DataPath);
        Assert.Contains($"its field '{path}' {expected} in the data embedded in the paper", error.Message, StringComparison.Ordinal);
    }
}
