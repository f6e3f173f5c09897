using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefingGen.Cli.Tests;

/// <summary><c>briefgen digest</c>: the shipped example, with and without last week's snapshot, and its refusals.</summary>
public sealed class DigestCommandTests : IDisposable
{
    private static readonly string Examples = Path.Combine(RepositoryPaths.Root, "templates", "weekly-digest", "examples");
    private static readonly string Example = Path.Combine(Examples, "high-north.yaml");
    private static readonly string Previous = Path.Combine(Examples, "snapshots", "high-north-2026-W48.snapshot.json");
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public void The_example_against_last_weeks_snapshot_opens_with_what_changed()
    {
        var (exit, output, error) = Cli.Run("digest", Example, "--previous", Previous, "--out", _out.Path);

        Assert.True(exit == 0, error);
        Assert.Contains("high-north-2026-W49.snapshot.json", output, StringComparison.Ordinal);
        Assert.Equal(["high-north-2026-W49.snapshot.json", "high-north.docx", "high-north.eml", "high-north.html", "high-north.pdf"], Directory.GetFiles(_out.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Changes since 23 November 2026", File.ReadAllText(Path.Combine(_out.Path, "high-north.html")), StringComparison.Ordinal);
        var text = System.Text.RegularExpressions.Regex.Replace(PdfTools.Text(Path.Combine(_out.Path, "high-north.pdf")), @"\s+", " ");
        Assert.Contains("Changes since 23 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("12 ↑ from 8 (Medium → High)", text, StringComparison.Ordinal);
        Assert.Contains("Active → Reduced", text, StringComparison.Ordinal);
        Assert.Contains("Search and rescue exercise Barents 2026 concluded (item)", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Changes since", StringComparison.Ordinal) < text.IndexOf("This week", StringComparison.Ordinal));
        var (checkExit, checkOut, checkErr) = PdfTools.Run("qpdf", "--check", Path.Combine(_out.Path, "high-north.pdf"));
        Assert.True(checkExit == 0, checkOut + checkErr);
        using var word = WordprocessingDocument.Open(Path.Combine(_out.Path, "high-north.docx"), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word));
        Assert.Contains("Changes since 23 November 2026", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_snapshot_there_is_no_changes_section_and_the_snapshot_is_the_same_bytes_either_way()
    {
        using var marked = new TempFolder();
        Assert.Equal(0, Cli.Run("digest", Example, "--out", _out.Path, "--format", "md").Exit);
        Assert.Equal(0, Cli.Run("digest", Example, "--previous", Previous, "--out", marked.Path, "--format", "md").Exit);

        Assert.DoesNotContain("Changes since", File.ReadAllText(Path.Combine(_out.Path, "high-north.md")), StringComparison.Ordinal);
        Assert.Contains("Changes since", File.ReadAllText(Path.Combine(marked.Path, "high-north.md")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_out.Path, "high-north-2026-W49.snapshot.json")), File.ReadAllBytes(Path.Combine(marked.Path, "high-north-2026-W49.snapshot.json")));
    }

    [Fact]
    public void Redline_makes_real_tracked_changes_that_LibreOffice_reads_as_changes()
    {
        var (exit, _, error) = Cli.Run("digest", Example, "--previous", Previous, "--redline", "--out", _out.Path, "--format", "docx");

        Assert.True(exit == 0, error);
        var docx = Path.Combine(_out.Path, "high-north.docx");
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word));
            var body = word.MainDocumentPart!.Document!.Body!;
            Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedRun>(), d => d.InnerText == "tolerates " && d.Author == "BriefingGen");
            Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>(), i => i.InnerText == "accepts " && i.Date!.Value.Date == new DateTime(2026, 11, 30));
        }

        // LibreOffice, opening the file as Word would, lists the revisions as tracked changes.
        var profile = new Uri(Path.Combine(_out.Path, "profile")).AbsoluteUri;
        var start = new System.Diagnostics.ProcessStartInfo("soffice", ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "fodt", "--outdir", _out.Path, docx]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using (var office = System.Diagnostics.Process.Start(start)!)
        {
            if (!office.WaitForExit(120_000))
            {
                office.Kill(entireProcessTree: true);
                Assert.Fail("LibreOffice did not finish converting the digest within two minutes");
            }
        }

        var flat = File.ReadAllText(Path.Combine(_out.Path, "high-north.fodt"));
        var regions = System.Text.RegularExpressions.Regex.Matches(flat, "<text:changed-region[^>]*>(.*?)</text:changed-region>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, regions.Count(r => r.Contains("<text:deletion>", StringComparison.Ordinal)));
        Assert.Equal(2, regions.Count(r => r.Contains("<text:insertion>", StringComparison.Ordinal)));
        Assert.All(regions, r => Assert.Contains("<dc:creator>BriefingGen</dc:creator>", r, StringComparison.Ordinal));
        Assert.All(regions, r => Assert.Contains("<dc:date>2026-11-30", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Redline_without_a_snapshot_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("digest", Example, "--redline", "--out", _out.Path);

        Assert.Equal(2, exit);
        Assert.Contains("--previous", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public void A_pack_that_makes_no_digest_and_a_snapshot_that_is_not_one_are_refused_and_nothing_is_written()
    {
        var notSnapshot = _out.Write("last.json", "[1, 2");

        var (packExit, _, packError) = Cli.Run("digest", RepositoryPaths.Sample, "--out", _out.Path);
        var (snapshotExit, _, snapshotError) = Cli.Run("digest", Example, "--previous", notSnapshot, "--out", _out.Path);

        Assert.Equal(1, packExit);
        Assert.Contains("makes no digest", packError, StringComparison.Ordinal);
        Assert.Equal(1, snapshotExit);
        Assert.Contains("last.json:", snapshotError, StringComparison.Ordinal);
        Assert.Equal(["last.json"], Directory.GetFiles(_out.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_digest_whose_data_cannot_be_read_is_told_where_it_breaks_not_that_its_pack_makes_no_digest()
    {
        var broken = _out.Write("broken.yaml", "template: weekly-digest\ntitle: High North weekly\ndate: 2026-11-30\nsummary: \"unclosed\n");

        var (exit, _, error) = Cli.Run("digest", broken, "--format", "md", "--out", _out.Path);

        Assert.Equal(1, exit);
        Assert.Contains("broken.yaml:4:", error, StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("makes no digest", error, StringComparison.Ordinal);
        Assert.Equal(["broken.yaml"], Directory.GetFiles(_out.Path).Select(Path.GetFileName));
    }
}
