using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>A page number or count in running text prints the page it is on and the real count, as Word's PAGE and NUMPAGES fields do.</summary>
public sealed class BodyPageFieldTests : IDisposable
{
    private readonly PdfOutput _output = new();

    [Fact]
    public void A_page_number_in_the_body_prints_the_page_it_is_drawn_on_and_the_count()
    {
        Model.Block Line() => new Model.Paragraph([new Model.Text("This is page "), new Model.PageNumber(), new Model.Text(" of "), new Model.PageCount(), new Model.Text(".")]);
        var pdf = _output.Render(ModelSamples.Of(Line(), new Model.PageBreak(), Line(), new Model.PageBreak(), Line()));
        for (var page = 1; page <= 3; page++)
        {
            var text = PdfTools.Run("pdftotext", "-f", $"{page}", "-l", $"{page}", pdf, "-").Output;
            Assert.Contains($"This is page {page} of 3.", text, StringComparison.Ordinal);
        }

        Assert.Empty(PdfAudit.Problems(pdf));
    }

    [Fact]
    public void Where_a_section_restarts_the_numbers_each_run_counts_its_own_pages()
    {
        Model.Block Line() => new Model.Paragraph([new Model.Text("This is page "), new Model.PageNumber(), new Model.Text(" of "), new Model.PageCount(), new Model.Text(".")]);
        var body = ModelSamples.Of(Line(), new Model.PageBreak(), Line()).Sections[0];
        var furniture = Model.PageFurniture.Empty with { FooterRight = [new Model.Text("Page "), new Model.PageNumber(), new Model.Text(" of "), new Model.PageCount()] };
        body = body with { Furniture = furniture };
        var annexA = body with
        {
            Blocks = [Line(), new Model.PageBreak(), Line(), new Model.PageBreak(), Line()],
            Numbering = new Model.PageNumbering(Restart: true, Prefix: "A-"),
        };
        var annexB = body with
        {
            Blocks = [new Model.Paragraph([new Model.Text("Annex B.")]), new Model.PageBreak(), new Model.Paragraph([new Model.Text("Its end.")])],
            Numbering = new Model.PageNumbering(Restart: true, Format: Model.PageNumberFormat.LowerRoman, Prefix: "B-"),
        };
        var pdf = _output.Render(ModelSamples.Of() with { Sections = [body, annexA, annexB] });

        string[] expected = ["1 of 2", "2 of 2", "A-1 of 3", "A-2 of 3", "A-3 of 3", "B-i of ii", "B-ii of ii"];
        for (var page = 1; page <= expected.Length; page++)
        {
            var text = PdfTools.Run("pdftotext", "-f", $"{page}", "-l", $"{page}", pdf, "-").Output;
            Assert.Contains($"Page {expected[page - 1]}", text, StringComparison.Ordinal);
            if (page <= 5)
            {
                Assert.Contains($"This is page {expected[page - 1]}.", text, StringComparison.Ordinal);
            }
        }

        Assert.Empty(PdfAudit.Problems(pdf));
    }

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
