using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// A marking object reaches both formats alike: the same banners top and bottom of every page
/// (the annex's own where it differs), the same stamp on the first page, the marking in the
/// file's properties (Word custom properties, PDF Info and XMP), and Microsoft sensitivity label
/// properties only when the pack ties a label to the marking.
/// </summary>
public sealed class MarkingOutputTests : IDisposable
{
    private const string Banner = "OFFICIAL-SENSITIVE UK EYES ONLY";
    private const string LabelId = "0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7";
    private const string SiteId = "11111111-2222-3333-4444-555555555555";

    private const string Data = """
        title: Fisheries talks
        date: 2026-10-05
        summary: The talks resume in October.
        marking:
          scheme: uk-gscp
          level: OFFICIAL
          descriptors: [SENSITIVE]
          caveats: [UK EYES ONLY]
          legal_basis: FOIA s. 27
          declassify: { on: 2031-01-01 }
        annex:
          marking: { level: OFFICIAL }
        """;

    private static readonly string[] Stamp = ["Exempt from disclosure: FOIA s. 27", "Review for release on 1 January 2031"];

    private readonly TempFolder _folder = new();

    [Fact]
    public void Word_and_PDF_show_the_same_banners_on_every_page_and_the_same_stamp_on_the_first()
    {
        var (docx, pdf) = Render(labels: false);

        var pages = PdfTools.Text(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(2, pages.Count);
        // The banner is letter-spaced, so poppler reads a space between its letters.
        static string Squeezed(string line) => line.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(2, Lines(pages[0]).Count(l => Squeezed(l) == Squeezed(Banner)));
        Assert.Equal(2, Lines(pages[1]).Count(l => Squeezed(l) == "OFFICIAL"));
        Assert.DoesNotContain(Lines(pages[1]), l => Squeezed(l) == Squeezed(Banner));
        Assert.All(Stamp, line => Assert.Contains(line, Lines(pages[0])));
        Assert.All(Stamp, line => Assert.DoesNotContain(line, Lines(pages[1])));

        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = word.MainDocumentPart!;
        var sections = main.Document!.Body!.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        string HeaderBanner(SectionProperties s) => ((HeaderPart)main.GetPartById(s.GetFirstChild<HeaderReference>()!.Id!.Value!)).Header!.Elements<Paragraph>().First().InnerText;
        string FooterBanner(SectionProperties s) => ((FooterPart)main.GetPartById(s.GetFirstChild<FooterReference>()!.Id!.Value!)).Footer!.Elements<Paragraph>().Last().InnerText;
        Assert.Equal([Banner, "OFFICIAL"], sections.Select(HeaderBanner));
        Assert.Equal([Banner, "OFFICIAL"], sections.Select(FooterBanner));
        var first = main.Document.Body.Elements<Paragraph>().First();
        Assert.Equal(Stamp, first.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        Assert.Empty(new OpenXmlValidator().Validate(word));
        Assert.Equal(0, PdfTools.Run("qpdf", "--check", pdf).Exit);
    }

    [Fact]
    public void Both_files_carry_the_marking_in_their_properties()
    {
        var (docx, pdf) = Render(labels: false);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var properties = CustomProperties(word);
        Assert.Equal(Banner, properties["Classification"]);
        Assert.Equal("uk-gscp", properties["Marking scheme"]);
        Assert.Equal("OFFICIAL", properties["Marking level"]);
        Assert.Equal("FOIA s. 27", properties["Legal basis"]);
        Assert.Equal("2031-01-01", properties["Declassify on"]);
        Assert.DoesNotContain(properties.Keys, k => k.StartsWith("MSIP_Label_", StringComparison.Ordinal));

        var info = PdfTools.Run("pdfinfo", "-custom", "-enc", "UTF-8", pdf).Output;
        Assert.Contains(Lines(info), l => l.StartsWith("Classification:", StringComparison.Ordinal) && l.EndsWith(Banner, StringComparison.Ordinal));
        var xmp = PdfTools.Run("pdfinfo", "-meta", pdf).Output;
        Assert.Contains($"<pdfx:Classification>{Banner}</pdfx:Classification>", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sensitivity_label_the_pack_configures_is_written_as_Words_label_properties_from_the_papers_date()
    {
        var (docx, _) = Render(labels: true);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var properties = CustomProperties(word);
        var prefix = $"MSIP_Label_{LabelId}_";
        Assert.Equal("true", properties[prefix + "Enabled"]);
        Assert.Equal("2026-10-05T00:00:00Z", properties[prefix + "SetDate"]);
        Assert.Equal("Standard", properties[prefix + "Method"]);
        Assert.Equal(Banner, properties[prefix + "Name"]);
        Assert.Equal(SiteId, properties[prefix + "SiteId"]);
        Assert.Equal("0", properties[prefix + "ContentBits"]);
        Assert.True(Guid.TryParse(properties[prefix + "ActionId"], out _));
        Assert.Empty(new OpenXmlValidator().Validate(word));

        // No clock and no random id: the same paper gives the same file.
        Assert.Equal(docx, Render(labels: true).Docx);
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_marking_of_several_lines_is_shown_whole_at_the_top_and_the_body_starts_below_it()
    {
        var data = _folder.Write("caveats.yaml", """
            title: Caveats
            date: 2026-10-05
            summary: The talks resume in October.
            pillars: [{ name: Security }]
            classification:
              scheme: uk-gscp
              level: SECRET
              caveats:
                - UK EYES ONLY
                - RELEASABLE TO NATO MEMBER STATES AND FIVE EYES PARTNERS ONLY
                - NOT FOR ONWARD DISTRIBUTION WITHOUT THE ORIGINATOR'S WRITTEN CONSENT
                - HANDLE VIA SPECIAL ACCESS CHANNELS ONLY UNTIL THE OPERATION HAS ENDED
            """);
        var result = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new PdfRenderer()).Render(DataSource.FromFile(data), "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = _folder.Write("caveats.pdf", "");
        File.WriteAllBytes(pdf, result.Outputs.Single().Bytes.ToArray());

        // Before, the top banner was cut to the two lines that fit 40 points: the last caveat was
        // printed only at the foot. The banner is letter-spaced, so poppler reads its letters apart.
        var firstPage = PdfTools.Text(pdf).Split('\f')[0].Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(2, firstPage.Split("UNTILTHEOPERATIONHASENDED").Length - 1);
        Assert.True(firstPage.IndexOf("ENDED", StringComparison.Ordinal) < firstPage.IndexOf("Caveats", StringComparison.Ordinal), "the title comes before the end of the top banner");

        // Nothing overlaps: the body starts below the taller banner.
        Assert.Empty(PdfAudit.Problems(pdf));
    }

    private (byte[] Docx, string Pdf) Render(bool labels)
    {
        var pack = labels ? "pack-labelled" : "pack";
        _folder.Write($"{pack}/template.yaml", "name: marked\nmain: main.sbn\nmarking: marking\nmetadata:\n  title: \"{{ data.title }}\"\n  date: \"{{ data.date }}\"\n"
            + (labels ? $"sensitivity_labels:\n  OFFICIAL: {{ id: {LabelId}, site: {SiteId} }}\n" : ""));
        _folder.Write($"{pack}/main.sbn", "# Summary\n\n{{ data.summary }}\n\n{{ section { marking: data.annex.marking } }}\n# Annex\n\nAnnex text.\n");
        _folder.Write($"{pack}/i18n/en.yaml", "long_date_format: \"d MMMM yyyy\"\n");
        _folder.Write($"{pack}/schema.json", "{ \"type\": \"object\", \"properties\": { \"title\": {}, \"date\": {}, \"summary\": {}, \"marking\": {}, \"annex\": {} } }");
        var data = _folder.Write("brief.yaml", Data);
        var engine = TestEngines.Load(Path.Combine(_folder.Path, pack), new Word.WordRenderer(), new PdfRenderer());
        var result = engine.Render(DataSource.FromFile(data), "docx", "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = _folder.Write(pack + ".pdf", "");
        File.WriteAllBytes(pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        return (result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray(), pdf);
    }

    private static Dictionary<string, string> CustomProperties(WordprocessingDocument word) =>
        word.CustomFilePropertiesPart!.Properties!.Elements<CustomDocumentProperty>().ToDictionary(p => p.Name!.Value!, p => p.InnerText, StringComparer.Ordinal);

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.Trim())];
}
