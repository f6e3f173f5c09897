using BriefingGen.Model;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelParagraph = BriefingGen.Model.Paragraph;
using ModelTable = BriefingGen.Model.Table;
using ModelTableCell = BriefingGen.Model.TableCell;
using ModelTableRow = BriefingGen.Model.TableRow;
using Text = BriefingGen.Model.Text;

namespace BriefingGen.Word.Tests;

/// <summary>
/// A heading, its lead sentence and the start of the table they introduce stay on one page in
/// Word, as in the PDF: every link of the chain keeps with the next, down to the table's first two
/// body rows.
/// </summary>
public class KeepWithNextTests
{
    private static ModelTableRow Row(string text) => new([new ModelTableCell([new ModelParagraph([new Text(text)])]), new ModelTableCell([new ModelParagraph([new Text(text + "'")])])]);

    private static byte[] Brief(int bodyRows) => WordOutput.Render(ModelSamples.Of(
        new Heading(1, [new Text("Risks")], "risks"),
        new Heading(2, [new Text("Risk register")], "register"),
        new ModelParagraph([new Text("Risks sorted by score.")]),
        new ModelTable([0.5, 0.5], [Row("ID")], [.. Enumerable.Range(1, bodyRows).Select(i => Row("R" + i))], null),
        new ModelParagraph([new Text("After the table.")])));

    /// <summary>True when Word keeps the paragraph with the next: set on it or on its style.</summary>
    private static bool KeepsWithNext(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph, Styles styles)
    {
        if (paragraph.ParagraphProperties?.KeepNext is { } own)
        {
            return own.Val is null || own.Val.Value;
        }

        for (var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value; id is not null;)
        {
            var style = styles.Elements<Style>().Single(s => s.StyleId == id);
            if (style.StyleParagraphProperties?.KeepNext is { } keep)
            {
                return keep.Val is null || keep.Val.Value;
            }

            id = style.BasedOn?.Val?.Value;
        }

        return false;
    }

    [Fact]
    public void Headings_lead_sentence_header_and_first_body_row_keep_with_the_next()
    {
        var docx = Brief(bodyRows: 4);
        Assert.Empty(WordOutput.ValidationErrors(docx));
        using var document = WordOutput.Open(docx);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var body = document.MainDocumentPart.Document!.Body!;
        var paragraphs = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        Assert.All(paragraphs.Take(3), p => Assert.True(KeepsWithNext(p, styles), p.InnerText));
        Assert.False(KeepsWithNext(paragraphs.Single(p => p.InnerText == "After the table."), styles));

        var rows = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single().Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        bool RowKeeps(int i) => rows[i].Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().All(p => KeepsWithNext(p, styles));
        Assert.True(RowKeeps(0)); // the header
        Assert.True(RowKeeps(1)); // the first body row, so that two come along
        Assert.All(Enumerable.Range(2, rows.Count - 2), i => Assert.False(RowKeeps(i)));
    }

    [Fact]
    public void A_table_with_one_body_row_does_not_keep_it_with_what_follows()
    {
        using var document = WordOutput.Open(Brief(bodyRows: 1));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var rows = document.MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.False(rows[^1].Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().All(p => KeepsWithNext(p, styles)));
    }
}
