using System.Diagnostics;
using BriefingGen.Testing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>A paper opened and saved again by LibreOffice, which rewrites every control, still gives its data back.</summary>
public class LibreOfficeRoundTripTests
{
    [Fact]
    public void A_paper_saved_again_by_LibreOffice_gives_back_the_same_data()
    {
        using var folder = new TempFolder();
        var (_, docx) = BoundPapers.Sample();
        var paper = Path.Combine(folder.Path, "paper.docx");
        File.WriteAllBytes(paper, docx);
        var saved = Path.Combine(folder.Path, "saved");
        Directory.CreateDirectory(saved);
        var profile = Path.Combine(folder.Path, "profile");
        var start = new ProcessStartInfo("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "docx", "--outdir", saved, paper])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish");
        }

        var resaved = File.ReadAllBytes(Path.Combine(saved, "paper.docx"));
        Assert.NotEqual(docx, resaved);
        var extracted = BoundPapers.Extract(resaved);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal(Data.YamlDataWriter.Write(BoundPapers.SampleData()), Data.YamlDataWriter.Write(extracted.Data!));
    }
}
