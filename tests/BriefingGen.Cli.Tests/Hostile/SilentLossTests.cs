using System.Text;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 1: content is never cut or changed; a limit that is reached is an error, and output never overwrites input.</summary>
public class SilentLossTests
{
    [Fact]
    public void A_large_ordinary_brief_renders_every_pillar_whole()
    {
        using var h = new Hostile();
        var yaml = new StringBuilder("title: Many pillars\ndate: 2026-10-05\nsummary: S\npillars:\n");
        for (var i = 1; i <= 150; i++)
        {
            yaml.Append($"  - name: Pillar {i}\n    summary: \"{string.Concat(Enumerable.Repeat($"Pillar {i} text runs on and on. ", 30))}End of pillar {i}.\"\n");
        }

        var data = h.Folder.Write("many.yaml", yaml.ToString());
        Assert.True(yaml.Length > 140_000);
        var (exit, error) = h.Run("render", data, "--out", h.Out, "--format", "md");
        Assert.Equal(0, exit);
        var markdown = File.ReadAllText(Path.Combine(h.Out, "many.md"));
        Assert.Contains("End of pillar 150.", markdown.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(150, System.Text.RegularExpressions.Regex.Count(markdown, "^## Pillar", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_placeholders_typed_in_the_data_stay_text()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("p.yaml", Hostile.Brief().Replace("title: Hostile", "title: \"Report {page} of {pages}\"", StringComparison.Ordinal) + "reference: \"{pages}\"\n");
        Assert.Equal(0, h.Run("render", data, "--out", h.Out).Exit);
        var pdf = Path.Combine(h.Out, "p.pdf");
        var text = Pdf.Tests.Support.PdfTools.Text(pdf);
        Assert.Contains("Report {page} of {pages}", text, StringComparison.Ordinal);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(h.Out, "p.docx"), false);
        var footer = docx.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Contains("Report {page} of {pages}", footer.InnerText, StringComparison.Ordinal);
        Assert.Single(footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("notes.md", "md")]
    [InlineData("x.pdf", "pdf")]
    [InlineData("y.docx", "all")]
    public void A_paper_never_overwrites_its_own_data_file(string name, string format)
    {
        using var h = new Hostile();
        var data = h.Folder.Write(name, Hostile.Brief());
        var (exit, _, error) = Cli.Run("render", data, "--format", format, "--out", h.Folder.Path);
        Assert.Equal(2, exit);
        Assert.Contains("would overwrite the data file", error, StringComparison.Ordinal);
        Assert.Equal(Hostile.Brief(), File.ReadAllText(data));
    }

    [Fact]
    public void A_data_file_whose_name_gives_no_paper_name_is_refused()
    {
        using var h = new Hostile();
        var data = h.Folder.Write(".yaml", Hostile.Brief());
        var (exit, _, error) = Cli.Run("render", data, "--out", Path.Combine(h.Folder.Path, "o"));
        Assert.Equal(2, exit);
        Assert.Contains("rename it", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(h.Folder.Path, "o.docx")));
        Assert.False(Directory.Exists(Path.Combine(h.Folder.Path, "o")));
    }
}
