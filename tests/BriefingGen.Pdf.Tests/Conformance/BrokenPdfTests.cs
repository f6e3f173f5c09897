using BriefingGen.Conformance;

namespace BriefingGen.Pdf.Tests.Conformance;

/// <summary>
/// The checker fails a file that breaks a clause: the shipped sample, which passes, is broken in one
/// place for each family of clauses, and the failure must name that clause.
/// </summary>
public sealed class BrokenPdfTests(SamplePdf sample) : IClassFixture<SamplePdf>
{
    private static readonly ConformanceTarget Both = ConformanceTarget.Parse("a2a+ua1")!;

    [Fact]
    public void The_sample_itself_passes()
    {
        Assert.Empty(PdfConformanceChecker.Check(sample.Path, Both));
        Assert.Empty(PdfConformanceChecker.Check(PdfSurgery.Break(sample.Path, "/Tabs /S", "/Tabs /S"), Both));
    }

    [Theory]
    // File structure (ISO 19005-2 6.1): the file identifier.
    [InlineData(@"/ID \[", "/XD [", "ISO 19005-2 6.1.3")]
    // Identification in XMP (Matterhorn 06; ISO 19005-2 6.6.2, 6.6.4).
    [InlineData("<pdfuaid:part>1</pdfuaid:part>", "<pdfuaid:part>2</pdfuaid:part>", "Matterhorn 06-002")]
    [InlineData("<pdfaid:conformance>A</pdfaid:conformance>", "<pdfaid:conformance>B</pdfaid:conformance>", "ISO 19005-2 6.6.4")]
    [InlineData("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/", "<pdfaSchema:namespaceURI>http://example.org/none/", "ISO 19005-2 6.6.2.3.1")]
    [InlineData("<dc:title>", "<dc:notitle>", "Matterhorn 06-003")]
    [InlineData("/DisplayDocTitle true", "/DisplayDocTitle false", "Matterhorn 07-002")]
    // Info dictionary and XMP agree (ISO 19005-2 6.6.3).
    [InlineData("<pdf:Producer>BriefingGen</pdf:Producer>", "<pdf:Producer>BriefingGem</pdf:Producer>", "ISO 19005-2 6.6.3")]
    // Output intent and device colour (ISO 19005-2 6.2.3, 6.2.4.3).
    [InlineData("/OutputIntents", "/XutputIntents", "ISO 19005-2 6.2.3")]
    [InlineData("/OutputIntents", "/XutputIntents", "ISO 19005-2 6.2.4.3")]
    [InlineData(@"(\d|\.)+ (\d|\.)+ (\d|\.)+ rg\n", "0 0 0 1 k\n", "ISO 19005-2 6.2.4.3")]
    // Tagging (ISO 14289-1 7.1; ISO 19005-2 6.7.2.2) and suspect tags (Matterhorn 01-007).
    [InlineData("/Marked true", "/Marked false", "ISO 14289-1 7.1")]
    [InlineData("/Marked true", "/Marked false", "ISO 19005-2 6.7.2.2")]
    [InlineData("/Marked true", "/Marked true /Suspects true", "Matterhorn 01-007")]
    // Marked content: untagged content (Matterhorn 01-005), an artifact inside tagged content (01-003).
    [InlineData("/Artifact BMC", "/Untagged BMC", "Matterhorn 01-005")]
    [InlineData(@"(/P <<\s*/MCID \d+\s*>> BDC\s*\n)", "$1/Artifact BMC EMC\n", "Matterhorn 01-003")]
    // Structure types (Matterhorn 02-001; ISO 19005-2 6.7.3.3), nesting (09-004, 09-005, 09-006).
    [InlineData("/S /Lbl", "/S /Xbl", "Matterhorn 02-001")]
    [InlineData("/S /Lbl", "/S /Xbl", "ISO 19005-2 6.7.3.3")]
    [InlineData("/S /TR", "/S /Div", "Matterhorn 09-004")]
    [InlineData("/S /LI", "/S /Div", "Matterhorn 09-005")]
    // Figures' alternate text (Matterhorn 13-004), headings (14-002, 14-003), header cells' scope (15-003).
    [InlineData("/Alt", "/Xlt", "Matterhorn 13-004")]
    [InlineData("/S /H1", "/S /H3", "Matterhorn 14-002")]
    [InlineData("/S /H2", "/S /H4", "Matterhorn 14-003")]
    [InlineData("/Scope /Column", "/Xcope /Column", "Matterhorn 15-003")]
    // Language (Matterhorn 11-001, 11-006).
    [InlineData("/Lang ", "/Xang ", "Matterhorn 11-001")]
    [InlineData("/Lang ", "/Xang ", "Matterhorn 11-006")]
    // Annotations (Matterhorn 28; ISO 19005-2 6.3.2, 6.5.1).
    [InlineData("(/Annots(?:(?!>>).)*?)/Tabs /S", "$1/Xabs /S", "Matterhorn 28-008")]
    [InlineData("(/Annots(?:(?!>>).)*?)/Tabs /S", "$1/Tabs /R", "Matterhorn 28-009")]
    [InlineData(@"/S /Link", "/S /Span", "Matterhorn 28-011")]
    [InlineData(@"/Contents \(", "/Xontents (", "Matterhorn 28-012")]
    [InlineData(@"/F 4\b", "/F 6", "ISO 19005-2 6.3.2")]
    [InlineData("/S /URI", "/S /JavaScript", "ISO 19005-2 6.5.1")]
    // Fonts (Matterhorn 31; ISO 19005-2 6.2.11).
    [InlineData("/FontFile2", "/XontFile2", "Matterhorn 31-009")]
    [InlineData("/FontFile2", "/XontFile2", "ISO 19005-2 6.2.11.4.1")]
    [InlineData("/CIDToGIDMap", "/XIDToGIDMap", "ISO 19005-2 6.2.11.3.2")]
    [InlineData("/ToUnicode", "/XoUnicode", "Matterhorn 31-027")]
    [InlineData("/ToUnicode", "/XoUnicode", "ISO 19005-2 6.2.11.7.2")]
    [InlineData(@"\[<[0-9a-f]{4}>", "[<0000>", "Matterhorn 31-030")]
    [InlineData(@"\[<[0-9a-f]{4}>", "[<0000>", "ISO 19005-2 6.2.11.8")]
    public void A_file_broken_in_one_place_fails_that_clause(string pattern, string replacement, string clause)
    {
        var failures = PdfConformanceChecker.Check(PdfSurgery.Break(sample.Path, pattern, replacement), Both);
        Assert.Contains(failures, f => f.Clause == clause);
    }

    [Fact]
    public void Checks_what_the_file_claims_when_no_standard_is_given()
    {
        var unclaimed = PdfSurgery.Break(sample.Path, "<pdfuaid:part>1</pdfuaid:part>", "");
        Assert.DoesNotContain(PdfConformanceChecker.Check(unclaimed), f => f.Clause.StartsWith("Matterhorn", StringComparison.Ordinal));
        Assert.Contains(PdfConformanceChecker.Check(unclaimed, ConformanceTarget.Parse("ua1")), f => f.Clause == "Matterhorn 06-002");
    }
}
