using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Word.Accessibility;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>validate --accessibility</c>: makes the paper's Word file in memory and prints what Word's
/// accessibility checker would flag in it, one finding a line, then a count.
/// </summary>
internal static class AccessibilityReport
{
    /// <summary>Prints the report for <paramref name="file"/>; false when the Word file has accessibility errors or could not be made.</summary>
    public static bool Print(BriefingEngine generator, string file, TextWriter output, TextWriter error)
    {
        var result = generator.Render(DataSource.FromFile(file), "docx");
        if (!result.Succeeded)
        {
            DiagnosticPrinter.Print(result.Diagnostics, error);
            return false;
        }

        using var docx = new MemoryStream(result.Outputs.Single().Bytes.ToArray());
        var findings = WordAccessibilityChecker.Check(docx);
        foreach (var finding in findings)
        {
            (finding.Severity == Severity.Error ? error : output).WriteLine($"{Diagnostics.PrintablePath.Of(file)}: accessibility {finding}");
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        output.WriteLine($"{Diagnostics.PrintablePath.Of(file)}: accessibility of the Word file: {Count(errors, "error")}, {Count(findings.Count - errors, "warning")}");
        return errors == 0;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
