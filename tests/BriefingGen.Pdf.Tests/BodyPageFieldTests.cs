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

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
