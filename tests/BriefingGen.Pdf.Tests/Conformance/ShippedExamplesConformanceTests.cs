using System.Text.RegularExpressions;
using BriefingGen.Conformance;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests.Conformance;

/// <summary>The shipped packs' default standard, PDF/A-2a with PDF/UA-1, holds for every example in every language.</summary>
public sealed partial class ShippedExamplesConformanceTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (example, _, culture) in ShippedExamples.All())
        {
            data.Add(example, culture);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Passes_the_checker_qpdf_and_the_audit_for_the_packs_default_standard(string example, string culture)
    {
        var (_, pack, _) = ShippedExamples.All().First(e => e.Example == example);
        var path = Path.Combine(RepositoryPaths.Root, example);
        var text = LanguageField().Replace(File.ReadAllText(path), "language: " + culture, 1);
        var result = TestEngines.Load(pack, new PdfRenderer()).Render(DataSource.FromText(text, Path.GetFileName(path), Path.GetDirectoryName(path)), "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(culture, result.Document!.Metadata.Language);

        using var folder = new TempFolder();
        var pdf = Path.Combine(folder.Path, culture + ".pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single().Bytes.ToArray());
        var target = ConformanceTarget.Parse("a2a+ua1")!;
        Assert.Empty(PdfConformanceChecker.Check(pdf, target));
        Assert.Empty(PdfConformanceChecker.Check(pdf));
        var problems = PdfAudit.Problems(pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var meta = PdfTools.Run("pdfinfo", "-meta", pdf).Output;
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", meta, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", meta, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^language:.*$", RegexOptions.Multiline)]
    private static partial Regex LanguageField();
}
