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

    /// <summary>The brief rendered and edited through the SDK as Word stores the edit.</summary>
    private static byte[] Edited(Action<Body> edit)
    {
        var (_, docx) = BoundPapers.Render(DataSource.FromText(Brief, "brief.yaml"));
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
