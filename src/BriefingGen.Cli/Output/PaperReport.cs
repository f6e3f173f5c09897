using BriefingGen.Diagnostics;

namespace BriefingGen.Cli.Output;

/// <summary>What happened to one data file of a render run, kept until it is its turn to be printed.</summary>
/// <param name="Input">The data file as the user named it.</param>
/// <param name="Pack">The pack that rendered it (or was to).</param>
/// <param name="ExitCode">This file's outcome as an <see cref="ExitCodes"/> value.</param>
/// <param name="Outputs">The files written, with their sizes in bytes.</param>
/// <param name="Diagnostics">Errors and warnings about the data or the templates.</param>
/// <param name="Messages">Further lines for standard error, such as why nothing was written.</param>
/// <param name="Milliseconds">Time spent on this file, reading to writing.</param>
internal sealed record PaperReport(
    string Input,
    string Pack,
    int ExitCode,
    IReadOnlyList<(string Path, long Bytes)> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Messages,
    long Milliseconds)
{
    /// <summary>True when every requested file was written.</summary>
    public bool Rendered => ExitCode == ExitCodes.Success;
}
