using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// A run in another language is a marked-content span with its /Lang inside the element it belongs
/// to, so a screen reader reads "Мурманск" in Russian in an English paper; its text still extracts.
/// </summary>
public sealed class LanguageTaggingTests : IDisposable
{
    private readonly PdfOutput _output = new();

    [Fact]
    public void A_run_in_another_language_is_a_span_with_its_language()
    {
        var document = ModelSamples.Of(new Model.Paragraph([new Model.Text("Talks in "), new Model.Text("Мурманск") { Language = "ru-RU" }, new Model.Text(" continue.")]));
        var pdf = _output.Render(document);
        var content = PdfTools.Uncompressed(pdf);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(content, @"/Span <</Lang \(ru-RU\)>> BDC"));
        Assert.Contains("Talks in Мурманск continue.", PdfTools.Text(pdf), StringComparison.Ordinal);
        Assert.Empty(PdfAudit.Problems(pdf));
    }

    [Fact]
    public void Text_in_the_papers_own_language_has_no_spans()
    {
        var pdf = _output.Render(ModelSamples.Of(new Model.Paragraph([new Model.Text("Plain English.")])));
        Assert.DoesNotContain("/Span <</Lang", PdfTools.Uncompressed(pdf), StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
