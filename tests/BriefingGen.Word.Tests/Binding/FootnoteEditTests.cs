using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>
/// A Markdown field with footnotes, edited as Word stores an edit of a rich-text control: the text
/// around a note mark retyped (split into runs with revision ids and proofing marks), the note's own
/// text changed, notes renumbered and the notes' links given new relationship ids as Word saves
/// them, a note added or deleted. The field reads back as Markdown with its notes, and renders the
/// edited paper.
/// </summary>
public class FootnoteEditTests
{
    private const string Notes =
        "Relations have been shaped by a long common border.[^treaty] Cooperation continued in areas that matter to people.[^people]\n\n" +
        "[^treaty]: The **2010** treaty settled the [boundary](https://www.regjeringen.no/en/).\n\n" +
        "[^people]: Search and rescue, and *fisheries*.\n\n    Both go on under sanctions.";

    [Fact]
    public void Unedited_notes_read_back_as_the_data_was_written()
    {
        var (_, docx) = Paper();
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Empty(DataDiff.Compare(extracted.Embedded!, extracted.Data!));
    }

    [Fact]
    public void Text_retyped_around_a_note_mark_and_a_note_edited_come_back_with_their_notes()
    {
        var (_, docx) = Paper();
        var edited = WordEdit(docx, document =>
        {
            var paragraph = ControlParagraphs(document, "background").Single(p => p.Descendants<FootnoteReference>().Any());
            RetypeBefore(paragraph.Descendants<FootnoteReference>().First(), "Relations are shaped by ", "a long common border");
            var note = Note(document, paragraph.Descendants<FootnoteReference>().Last());
            var text = note.Descendants<Text>().First(t => t.Text.Contains("fisheries", StringComparison.Ordinal));
            text.Text = text.Text.Replace("fisheries", "fisheries management", StringComparison.Ordinal);
        });

        var background = EditedBackground(edited);
        Assert.Equal(
            "Relations are shaped by a long common border.[^1] Cooperation continued in areas that matter to people.[^2]\n\n" +
            "[^1]: The **2010** treaty settled the [boundary](https://www.regjeringen.no/en/).\n\n" +
            "[^2]: Search and rescue, and *fisheries management*.\n\n    Both go on under sanctions.",
            background);
        AssertRendersWithNotes(edited, "Relations are shaped by a long common border.", "The 2010 treaty settled the boundary.", "Search and rescue, and fisheries management.|Both go on under sanctions.");
    }

    [Fact]
    public void Notes_renumbered_and_their_links_given_new_ids_as_Word_saves_them_read_the_same()
    {
        var (_, docx) = Paper();
        var edited = WordEdit(docx, document =>
        {
            // Word numbers notes afresh, and gives the notes part relationship ids of its own.
            var main = document.MainDocumentPart!;
            foreach (var reference in main.Document!.Body!.Descendants<FootnoteReference>())
            {
                var note = Note(document, reference);
                note.Id = note.Id!.Value + 40;
                reference.Id = reference.Id!.Value + 40;
            }

            var notes = main.FootnotesPart!;
            foreach (var link in notes.Footnotes!.Descendants<Hyperlink>().ToList())
            {
                var address = notes.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri;
                notes.DeleteReferenceRelationship(link.Id!.Value!);
                link.Id = notes.AddHyperlinkRelationship(address, true, "rId1").Id;
            }

            // The body's rId1 is something else: the link must be looked up in the notes' own part.
            main.AddHyperlinkRelationship(new Uri("https://example.org/elsewhere"), true, "rId1");
        });

        var extracted = BoundPapers.Extract(edited);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Empty(DataDiff.Compare(extracted.Embedded!, extracted.Data!));
    }

    [Fact]
    public void A_note_added_in_Word_and_a_note_deleted_come_back()
    {
        var (_, docx) = Paper();
        var edited = WordEdit(docx, document =>
        {
            var main = document.MainDocumentPart!;
            var paragraph = ControlParagraphs(document, "background").Single(p => p.Descendants<FootnoteReference>().Any());
            var references = paragraph.Descendants<FootnoteReference>().ToList();

            // The first note is deleted: its mark goes, and Word drops the note.
            var first = Note(document, references[0]);
            references[0].Parent!.Remove();
            first.Remove();

            // A new note after "people.": a mark in the text, a note with the mark and its text.
            var footnotes = main.FootnotesPart!.Footnotes!;
            var id = footnotes.Elements<Footnote>().Max(f => f.Id!.Value) + 1;
            footnotes.Append(new Footnote(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
                new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new Text("Added in Word."))))
            { Id = id });
            var before = references[1].Parent!;
            before.InsertBeforeSelf(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id }));
        });

        Assert.Equal(
            "Relations have been shaped by a long common border. Cooperation continued in areas that matter to people.[^1][][^2]\n\n" +
            "[^1]: Added in Word.\n\n" +
            "[^2]: Search and rescue, and *fisheries*.\n\n    Both go on under sanctions.",
            EditedBackground(edited));
        AssertRendersWithNotes(edited, "matter to people.", "Added in Word.", "Search and rescue, and fisheries.|Both go on under sanctions.");
    }

    [Fact]
    public void Two_notes_under_one_id_are_read_not_a_crash()
    {
        // A damaged or hand-made file: the first note with the id is the one its mark shows.
        var (_, docx) = Paper();
        var edited = WordEdit(docx, document =>
        {
            var footnotes = document.MainDocumentPart!.FootnotesPart!.Footnotes!;
            var last = footnotes.Elements<Footnote>().Last();
            footnotes.Append(new Footnote(new Paragraph(new Run(new Text("A stray copy.")))) { Id = last.Id!.Value });
        });

        var extracted = BoundPapers.Extract(edited);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Empty(DataDiff.Compare(extracted.Embedded!, extracted.Data!));
    }

    /// <summary>The sample with notes in its background, rendered.</summary>
    private static (Model.Document Document, byte[] Docx) Paper()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Sample);
        var start = yaml.IndexOf("background: |", StringComparison.Ordinal);
        var end = yaml.IndexOf("pillars:", start, StringComparison.Ordinal);
        yaml = yaml[..start] + "background: |\n" + string.Concat(Notes.Split('\n').Select(line => "  " + line + "\n")) + yaml[end..];
        return BoundPapers.Render(DataSource.FromText(yaml, "brief.yaml"));
    }

    /// <summary>The background as read back from <paramref name="docx"/>, after checking it is the only change.</summary>
    private static string EditedBackground(byte[] docx)
    {
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var change = Assert.Single(DataDiff.Compare(extracted.Embedded!, extracted.Data!));
        Assert.Equal("background", change.Path.ToString());
        return ((DataScalar)change.After!).Text;
    }

    /// <summary>The data read back from <paramref name="docx"/> renders a paper showing <paramref name="text"/> whose notes say <paramref name="notes"/> (paragraphs parted by |), and which carries that data.</summary>
    private static void AssertRendersWithNotes(byte[] docx, string text, params string[] notes)
    {
        var extracted = BoundPapers.Extract(docx);
        var (_, again) = BoundPapers.Render(DataSource.FromTree(extracted.Data!, "edited.yaml"));
        Assert.Empty(WordOutput.ValidationErrors(again));
        using (var word = WordOutput.Open(again))
        {
            Assert.Contains(text, word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
            var written = word.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0)
                .Select(f => string.Join("|", f.Elements<Paragraph>().Select(p => p.InnerText.Trim()))).ToList();
            Assert.Equal(notes, written);
        }

        var back = BoundPapers.Extract(again);
        Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics));
        Assert.Equal(YamlDataWriter.Write(extracted.Data!), YamlDataWriter.Write(back.Data!));
    }

    /// <summary>The paragraphs holding the controls tagged <paramref name="path"/>.</summary>
    private static IEnumerable<Paragraph> ControlParagraphs(WordprocessingDocument document, string path) =>
        BoundPapers.Controls(document).Where(c => BoundPapers.Tag(c) == path).Select(c => c.Ancestors<Paragraph>().First()).Distinct();

    /// <summary>The note a mark refers to.</summary>
    private static Footnote Note(WordprocessingDocument document, FootnoteReference reference) =>
        document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id!.Value == reference.Id!.Value);

    /// <summary>
    /// Replaces the text of the control before <paramref name="mark"/> as Word stores retyped text:
    /// two runs with revision ids, a proofing mark between them, and the note mark where it was.
    /// </summary>
    private static void RetypeBefore(FootnoteReference mark, string first, string second)
    {
        var content = mark.Ancestors<SdtContentRun>().First();
        var markRun = mark.Parent!;
        foreach (var run in markRun.ElementsBefore().OfType<Run>().ToList())
        {
            run.Remove();
        }

        markRun.InsertBeforeSelf(new Run(new Text(first) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00A1B2C3" });
        markRun.InsertBeforeSelf(new ProofError { Type = ProofingErrorValues.SpellStart });
        markRun.InsertBeforeSelf(new Run(new Text(second)) { RsidRunAddition = "00D4E5F6" });
        markRun.InsertBeforeSelf(new ProofError { Type = ProofingErrorValues.SpellEnd });
        markRun.InsertBeforeSelf(new Run(new Text(".")) { RsidRunAddition = "00D4E5F6" });
        Assert.Same(content, markRun.Parent);
    }

    private static byte[] WordEdit(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document);
        }

        return stream.ToArray();
    }
}
