using BriefingGen.Diagnostics;

namespace BriefingGen.Server.Api;

/// <summary>A diagnostic as the API reports it: the same facts, and the same line, the command line prints.</summary>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="File">The file it is in: <c>data.yaml</c> or <c>data.json</c> for the request's data, else a file of the pack.</param>
/// <param name="Line">One-based line, or 0 for the whole file.</param>
/// <param name="Column">One-based column, or 0 for the whole line.</param>
/// <param name="Path">The path into the data, such as <c>risks[2].likelihood</c>, or empty.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Text">The whole diagnostic as <c>briefgen validate</c> prints it.</param>
internal sealed record DiagnosticItem(string Severity, string File, int Line, int Column, string Path, string Message, string Text)
{
    /// <summary>The API's form of <paramref name="diagnostic"/>; a pack's files are named relative to its folder, never by their place on the server.</summary>
    public static DiagnosticItem From(Diagnostic diagnostic, string? packDirectory)
    {
        var file = diagnostic.Location.File;
        if (packDirectory is not null && System.IO.Path.IsPathRooted(file) && IO.ContainedPath.IsInside(packDirectory, file))
        {
            diagnostic = diagnostic with { Location = diagnostic.Location with { File = System.IO.Path.GetRelativePath(packDirectory, file) } };
        }

        var location = diagnostic.Location;
        return new DiagnosticItem(
            diagnostic.Severity == Diagnostics.Severity.Error ? "error" : "warning",
            location.File,
            location.Line,
            location.Column,
            diagnostic.DataPath,
            diagnostic.Message,
            diagnostic.ToString());
    }
}
