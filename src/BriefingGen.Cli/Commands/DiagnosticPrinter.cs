using BriefingGen.Diagnostics;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// Prints diagnostics one per line as <c>file:line:col: path: message</c>, the form editors jump
/// to, at most <see cref="MaxPrinted"/> of them: data with one mistake repeated thousands of times
/// would otherwise bury the terminal, and the first ones are what to fix. <c>--json</c> keeps all.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>The most diagnostics printed for one paper or one check.</summary>
    public const int MaxPrinted = 200;

    /// <summary>Writes each diagnostic, errors and warnings alike, in the order found, then how many were left unprinted.</summary>
    public static void Print(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics.Take(MaxPrinted))
        {
            error.WriteLine(d.ToString());
        }

        if (diagnostics.Count > MaxPrinted)
        {
            var rest = diagnostics.Skip(MaxPrinted).ToList();
            var errors = rest.Count(d => d.Severity == Severity.Error);
            error.WriteLine($"… and {rest.Count} more not shown ({errors} {(errors == 1 ? "error" : "errors")}, {rest.Count - errors} {(rest.Count - errors == 1 ? "warning" : "warnings")}); fix the ones above first");
        }
    }
}
