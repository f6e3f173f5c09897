namespace BriefingGen.Cli.Output;

/// <summary>
/// Prints a render run for people or for programs: diagnostics and failures on standard error, the
/// files written on standard output (or, with <c>--json</c>, one summary at the end instead), and
/// a progress bar on a terminal unless <c>--quiet</c>.
/// </summary>
internal sealed class BatchPrinter(TextWriter output, TextWriter error, bool json, bool quiet, int progressTotal)
{
    private readonly ProgressLine? _progress = quiet || progressTotal == 0 ? null : new ProgressLine(error, progressTotal);

    /// <summary>Prints one paper's report, after the messages of its pack when this is the pack's first use.</summary>
    public void Print(PaperReport report, string? packMessages)
    {
        _progress?.Clear();
        if (!string.IsNullOrEmpty(packMessages))
        {
            error.Write(packMessages);
        }

        Commands.DiagnosticPrinter.Print(report.Diagnostics, error);

        foreach (var message in report.Messages)
        {
            error.WriteLine(message);
        }

        if (!json && !quiet)
        {
            foreach (var (path, _) in report.Outputs)
            {
                output.WriteLine($"wrote {path}");
            }
        }
    }

    /// <summary>Moves the progress bar on by one finished paper.</summary>
    public void FinishedOne() => _progress?.Advance();

    /// <summary>Clears the progress bar and, with <c>--json</c>, prints the summary.</summary>
    public void Finish(IReadOnlyList<PaperReport> reports, long wallMilliseconds, int jobs)
    {
        _progress?.Clear();
        if (json)
        {
            BatchSummaryWriter.Write(reports, wallMilliseconds, jobs, output);
        }
    }
}
