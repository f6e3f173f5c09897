using BriefingGen.Data;
using BriefingGen.Engine;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>
/// What a Markdown field is read back as after an edit in Word is Markdown that makes the edited
/// paper again: rendered, it shows what Word showed, and reads back the same.
/// </summary>
public class MarkdownReadingTests
{
    private const string Brief = """
        title: Reading
        date: 2026-10-05
        summary: |
          The Barents **«quoted»** report.

          - first
          - second
          - third
        pillars:
          - name: Security
        """;

    [Fact]
    public void A_list_item_indented_two_levels_at_once_keeps_its_level()
    {
        var edited = Edited(body =>
        {
            var third = body.Descendants<Paragraph>().Single(p => p.InnerText == "third");
            third.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val = 2;
        });

        var (summary, again) = ReadAndRenderAgain(edited);
        Assert.Contains("- second\n  - - third", summary, StringComparison.Ordinal);
        using var word = WordOutput.Open(again);
        var third = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Single(p => p.InnerText == "third");
        Assert.Equal(2, third.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);
    }

    [Fact]
    public void Bold_punctuation_right_after_a_word_is_never_read_as_literal_asterisks()
    {
        // The space before the bold text deleted: Markdown cannot open bold on "«" right after a letter.
        var edited = Edited(body =>
        {
            var bold = body.Descendants<Run>().Single(r => r.InnerText == "«quoted»");
            var before = bold.ElementsBefore().OfType<Run>().Last();
            before.GetFirstChild<Text>()!.Text = before.GetFirstChild<Text>()!.Text.TrimEnd();
        });

        var (summary, again) = ReadAndRenderAgain(edited);
        Assert.Contains("The Barents«**quoted»** report.", summary, StringComparison.Ordinal);
        using var word = WordOutput.Open(again);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains("The Barents«quoted» report.", body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("*", body.InnerText, StringComparison.Ordinal);
        var quoted = body.Descendants<Run>().Single(r => r.InnerText.StartsWith("quoted", StringComparison.Ordinal));
        Assert.NotNull(quoted.RunProperties?.Bold);
    }

    private const string NumberedBrief = """
        title: Numbers
        date: 2026-10-05
        summary: |
          Steps so far:

          3. first
          4. second
             1. nested

          Then:

          1. again

          And at last:

          32767. last Word can start from
          1. past it
        pillars:
          - name: Security
        """;

    [Fact]
    public void Ordered_lists_keep_their_first_numbers_when_a_field_is_edited()
    {
        var edited = Edited(NumberedBrief, body => Retype(body, "first", "first, edited"));

        var (summary, _) = ReadAndRenderAgain(edited);
        Assert.Contains("3. first, edited\n4. second\n   1. nested", summary, StringComparison.Ordinal);
        Assert.Contains("Then:\n\n1. again", summary, StringComparison.Ordinal);
        Assert.Contains("32767. last Word can start from\n32768. past it", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_saved_over_two_numbering_instances_of_one_definition_counts_on()
    {
        // As LibreOffice saves a list: the first item restarts the definition, the others count on in it.
        var (_, docx) = BoundPapers.Render(DataSource.FromText(NumberedBrief, "brief.yaml"));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var numbering = main.NumberingDefinitionsPart!.Numbering!;
            var body = main.Document!.Body!;
            var first = body.Descendants<Paragraph>().Single(p => p.InnerText == "first").ParagraphProperties!.NumberingProperties!.NumberingId!;
            var definition = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == first.Val!.Value).AbstractNumId!.Val!.Value;
            var countingOn = numbering.Elements<NumberingInstance>().Max(n => n.NumberID!.Value) + 1;
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = countingOn });
            body.Descendants<Paragraph>().Single(p => p.InnerText == "second").ParagraphProperties!.NumberingProperties!.NumberingId!.Val = countingOn;
            Retype(body, "first", "first, edited");
        }

        var (summary, _) = ReadAndRenderAgain(stream.ToArray());
        Assert.Contains("3. first, edited\n4. second\n   1. nested", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_numbered_lists_one_right_after_the_other_stay_two_lists()
    {
        const string brief = """
            title: Two lists
            date: 2026-10-05
            summary: |
              1. alpha
              2. beta
              1) gamma
              2) delta
            pillars:
              - name: Security
            """;
        var edited = Edited(brief, body => Retype(body, "alpha", "alpha, edited"));

        var (summary, again) = ReadAndRenderAgain(edited);
        Assert.Equal("1. alpha, edited\n2. beta\n1) gamma\n2) delta", summary);
        using var word = WordOutput.Open(again);
        var items = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => p.InnerText is "beta" or "gamma").ToList();
        Assert.NotEqual(items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, items[1].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
    }

    [Fact]
    public void A_negative_start_set_by_an_editor_reads_as_a_list_from_0_not_as_text()
    {
        var edited = Edited(NumberedBrief, body =>
        {
            var numId = body.Descendants<Paragraph>().Single(p => p.InnerText == "first").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            var numbering = body.Ancestors<Document>().Single().MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
            numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val = -5;
            Retype(body, "first", "first, edited");
        });

        var (summary, _) = ReadAndRenderAgain(edited);
        Assert.Contains("Steps so far:\n\n0. first, edited\n1. second", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_counting_past_the_largest_start_Word_keeps_shows_each_number_as_text()
    {
        var (_, docx) = BoundPapers.Render(DataSource.FromText(NumberedBrief, "brief.yaml"));
        using var word = WordOutput.Open(docx);
        var main = word.MainDocumentPart!;
        string Shown(string text)
        {
            var numId = main.Document!.Body!.Descendants<Paragraph>().Single(p => p.InnerText == text).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            var instance = main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
            var levelOverride = instance.GetFirstChild<LevelOverride>()!;
            return levelOverride.Level?.LevelText?.Val?.Value ?? "start " + levelOverride.StartOverrideNumberingValue!.Val!.Value;
        }

        Assert.Empty(WordOutput.ValidationErrors(docx));
        Assert.Equal("start 3", Shown("first"));
        Assert.Equal("32767.", Shown("last Word can start from"));
        Assert.Equal("32768.", Shown("past it"));
    }

    /// <summary>Replaces the text of the one run that reads <paramref name="text"/>.</summary>
    private static void Retype(Body body, string text, string replacement) =>
        body.Descendants<Text>().Single(t => t.Text == text).Text = replacement;

    /// <summary>The brief rendered and edited through the SDK as Word stores the edit.</summary>
    private static byte[] Edited(Action<Body> edit) => Edited(Brief, edit);

    /// <summary><paramref name="brief"/> rendered and edited through the SDK as Word stores the edit.</summary>
    private static byte[] Edited(string brief, Action<Body> edit)
    {
        var (_, docx) = BoundPapers.Render(DataSource.FromText(brief, "brief.yaml"));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document.MainDocumentPart!.Document!.Body!);
        }

        return stream.ToArray();
    }

    /// <summary>The summary as read back, and the paper rendered from the data read back, which must read back the same.</summary>
    private static (string Summary, byte[] Again) ReadAndRenderAgain(byte[] docx)
    {
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var summary = ((DataScalar)((DataMap)extracted.Data!)["summary"]!).Text;
        var (_, again) = BoundPapers.Render(DataSource.FromTree(extracted.Data!, "edited.yaml"));
        Assert.Equal(summary, PaperFields.MarkdownReading(again, "summary"));
        return (summary, again);
    }
}
