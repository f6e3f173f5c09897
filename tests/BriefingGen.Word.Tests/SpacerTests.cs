using BriefingGen.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// Space after a table or callout is spacing on the paragraph that follows, not an empty paragraph:
/// an empty paragraph is an extra stop for the cursor, a blank line when styles change, and a stray
/// line at the top of a page. Empty paragraphs remain only where Word requires a paragraph.
/// </summary>
public class SpacerTests
{
    public static TheoryData<string> Documents => ["sample", "every-kind"];

    private static byte[] Render(string name) => name == "sample" ? WordOutput.Render(RepositoryPaths.Sample) : WordOutput.Render(ModelSamples.EveryKind());

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_empty_paragraph_stands_where_Word_needs_none(string name)
    {
        using var document = WordOutput.Open(Render(name));
        var body = document.MainDocumentPart!.Document!.Body!;
        var needless = body.Descendants<Paragraph>().Where(p => IsEmpty(p) && !Required(p)).ToList();
        Assert.True(needless.Count == 0, $"{needless.Count} empty paragraphs, the first after: {needless.FirstOrDefault()?.PreviousSibling()?.LocalName}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_after_a_table_keeps_its_distance(string name)
    {
        using var document = WordOutput.Open(Render(name));
        var body = document.MainDocumentPart!.Document!.Body!;
        var checkedAny = false;
        foreach (var table in body.Elements<Table>())
        {
            if (table.NextSibling() is not Paragraph next || next.ParagraphProperties?.ParagraphStyleId?.Val == "Caption" || IsEmpty(next))
            {
                continue;
            }

            checkedAny = true;
            var before = next.ParagraphProperties?.SpacingBetweenLines?.Before?.Value
                ?? StyleChain.Paragraph<SpacingBetweenLines>(document, next.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal")?.Before?.Value
                ?? "0";
            Assert.True(int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) >= 160, $"'{next.InnerText}' is {before} twips below a table");
        }

        Assert.True(checkedAny);
    }

    private static bool IsEmpty(Paragraph paragraph) =>
        !paragraph.Descendants().Any(e => e is Text or Drawing or Break or TabChar or SimpleField or FieldChar or FootnoteReference);

    /// <summary>A paragraph Word cannot do without: a cell's only or closing one, one holding a section's properties, or one between two tables.</summary>
    private static bool Required(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.SectionProperties is not null)
        {
            return true;
        }

        var previous = paragraph.PreviousSibling();
        var next = paragraph.NextSibling();
        return paragraph.Parent switch
        {
            TableCell => next is null && (previous is null or Table or TableCellProperties),
            Body => previous is Table && next is null or Table or SectionProperties,
            _ => false,
        };
    }
}
