using BriefingGen.Diagnostics;

namespace BriefingGen.Cli.Commands;

/// <summary>Prints diagnostics one per line as <c>file:line:col: path: message</c>, the form editors jump to.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Writes each diagnostic, errors and warnings alike, in the order found.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
        }
    }
}
