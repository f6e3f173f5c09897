using System.Text.RegularExpressions;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Page facts the PDF layout learns reach the .docx: the contents list's page numbers, and running
/// texts shortened to their line, so both formats print the same.
/// </summary>
public partial class PageMapTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_Word_contents_list_holds_the_pages_the_PDF_puts_each_heading_on()
    {
        var (docx, pdf) = Render(ContentsPack(), RepositoryPaths.Sample, "docx", "pdf");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var entries = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && style.StartsWith("TOC", StringComparison.Ordinal) && style != "TOCHeading")
            .ToList();
        Assert.True(entries.Count >= 7, $"{entries.Count} contents entries");
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o", StringComparison.Ordinal) && !f.Text.Contains("\\n", StringComparison.Ordinal));

        var pdfPath = _folder.Write("paper.pdf", "");
        File.WriteAllBytes(pdfPath, pdf);
        var pages = PdfTools.Run("pdfinfo", pdfPath).Output;
        var pageCount = int.Parse(PageCountLine().Match(pages).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var seen = 0;
        foreach (var entry in entries)
        {
            var code = Assert.Single(entry.Descendants<FieldCode>(), f => f.Text.Contains("PAGEREF", StringComparison.Ordinal));
            var stored = FieldResult(code);
            Assert.Single(entry.Descendants<TabStop>(), t => t.Leader?.Value == TabStopLeaderCharValues.Dot);
            var link = entry.GetFirstChild<Hyperlink>()!;
            var title = string.Concat(RunsOf(link).TakeWhile(r => !r.Elements<TabChar>().Any()).Select(r => r.InnerText)).Trim();

            // The heading's own page in the PDF: the first page after the contents whose text has the title on a line of its own.
            var page = Enumerable.Range(2, pageCount - 1).First(p => PdfTools.Run("pdftotext", "-layout", "-f", $"{p}", "-l", $"{p}", pdfPath, "-").Output
                .Split('\n').Any(line => Regex.Replace(line.Trim(), @"\s+", " ") == title));
            Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), stored);
            seen++;
        }

        Assert.Equal(entries.Count, seen);
    }

    [Fact]
    public void The_PDF_contents_list_has_dot_leaders_to_its_page_numbers()
    {
        var (_, pdf) = Render(ContentsPack(), RepositoryPaths.Sample, "pdf");
        var path = _folder.Write("paper.pdf", "");
        File.WriteAllBytes(path, pdf);
        var contents = PdfTools.Run("pdftotext", "-layout", "-f", "1", "-l", "1", path, "-").Output;
        Assert.Matches(@"1 Summary\s*(\. ?){5,}\s*2\n", contents);
        Assert.Matches(@"7 Sources\s*(\. ?){5,}\s*\d+\n", contents);
    }

    [Fact]
    public void A_paper_asked_for_only_in_Word_still_gets_its_page_numbers()
    {
        var (docx, _) = Render(ContentsPack(), RepositoryPaths.Sample, "docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Contains(document.MainDocumentPart!.Document!.Body!.Descendants<FieldCode>(), f => f.Text.Contains("PAGEREF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_too_long_for_the_footer_is_shortened_at_a_word_boundary_alike_in_both_formats()
    {
        const string title = "Norway's policy towards Russia: security through NATO and European integration, practical cooperation in the North, and what both mean for the fisheries";
        var data = _folder.Write("long.yaml", File.ReadAllText(RepositoryPaths.Sample).Replace("title: Norway's policy towards Russia", $"title: \"{title}\"", StringComparison.Ordinal));
        var (docx, pdf) = Render(RepositoryPaths.PolicyBriefPack, data, "docx", "pdf");

        var footer = FooterLeft(docx);
        Assert.EndsWith("\u2026", footer, StringComparison.Ordinal);
        var kept = footer[..^1];
        var printed = title.Replace('\'', '\u2019');
        Assert.StartsWith(kept, printed, StringComparison.Ordinal);
        Assert.Matches(@"^[,;:]? ", printed[kept.Length..]);

        var path = _folder.Write("long.pdf", "");
        File.WriteAllBytes(path, pdf);
        Assert.Contains(footer, PdfTools.Text(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_title_stands_in_the_footer_for_the_full_one()
    {
        var data = _folder.Write("short.yaml", File.ReadAllText(RepositoryPaths.Sample).Replace("title: Norway's policy towards Russia", "title: Norway's policy towards Russia and the North\nshort_title: Norway and Russia", StringComparison.Ordinal));
        var (docx, pdf) = Render(RepositoryPaths.PolicyBriefPack, data, "docx", "pdf");
        Assert.Equal("Norway and Russia", FooterLeft(docx));
        var path = _folder.Write("short.pdf", "");
        File.WriteAllBytes(path, pdf);
        Assert.Matches(@"\nNorway and Russia\s+Page 1 of", PdfTools.Run("pdftotext", "-layout", "-f", "1", "-l", "1", path, "-").Output);
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The text before the tab of the first footer's running line.</summary>
    private static string FooterLeft(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var line = document.MainDocumentPart!.FooterParts.First().Footer!.Descendants<Paragraph>().First(p => p.Descendants<TabChar>().Any());
        return string.Concat(RunsOf(line).TakeWhile(r => !r.Elements<TabChar>().Any()).Select(r => r.InnerText));
    }

    /// <summary>The stored result of the field whose code is <paramref name="code"/>: the text between its separate and end marks.</summary>
    private static string FieldResult(FieldCode code)
    {
        var run = (Run)code.Parent!;
        var texts = run.ElementsAfter().OfType<Run>()
            .SkipWhile(r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value != FieldCharValues.Separate).Skip(1)
            .TakeWhile(r => r.GetFirstChild<FieldChar>() is null);
        return string.Concat(texts.Select(r => r.InnerText));
    }

    /// <summary>A copy of the policy-brief pack whose paper opens with a contents list.</summary>
    private string ContentsPack()
    {
        var pack = Path.Combine(_folder.Path, "pack");
        foreach (var file in Directory.GetFiles(RepositoryPaths.PolicyBriefPack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(pack, Path.GetRelativePath(RepositoryPaths.PolicyBriefPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var main = Path.Combine(pack, "brief.sbn");
        File.WriteAllText(main, File.ReadAllText(main).Replace("\n# {{ labels.summary }}", "\n{{ toc \"Contents\" }}\n\n{{ page_break }}\n\n# {{ labels.summary }}", StringComparison.Ordinal));
        return pack;
    }

    private static (byte[] Docx, byte[] Pdf) Render(string pack, string data, params string[] formats)
    {
        var engine = TestEngines.Load(pack, new WordRenderer(), new PdfRenderer());
        var result = engine.Render(DataSource.FromFile(data), formats);
        Assert.True(result.Outputs.Count == formats.Length, string.Join("\n", result.Diagnostics));
        return (result.Outputs.FirstOrDefault(o => o.Format == "docx")?.Bytes.ToArray() ?? [], result.Outputs.FirstOrDefault(o => o.Format == "pdf")?.Bytes.ToArray() ?? []);
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PageCountLine();

    /// <summary>A paragraph's or link's runs, those inside the content controls that hold data text included.</summary>
    private static IEnumerable<Run> RunsOf(DocumentFormat.OpenXml.OpenXmlElement parent) =>
        parent.ChildElements.SelectMany(e => e switch
        {
            Run run => [run],
            SdtRun control => control.SdtContentRun?.Elements<Run>() ?? [],
            _ => Enumerable.Empty<Run>(),
        });
}
