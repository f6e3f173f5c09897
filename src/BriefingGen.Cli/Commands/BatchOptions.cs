using System.CommandLine;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// The options every command over many files shares (<c>render</c>, <c>digest</c>): how many papers
/// at once, which slice of the inputs, a summary for programs, and silence for schedulers.
/// </summary>
internal sealed class BatchOptions
{
    public BatchOptions()
    {
        WholeNumberOption.Range(Jobs, 1, int.MaxValue);
    }

    /// <summary>Papers rendered at the same time.</summary>
    public Option<int> Jobs { get; } = new("--jobs", "-j") { Description = "Papers rendered at the same time (default: the number of processor cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

    /// <summary>The slice of the inputs this run renders.</summary>
    public Option<string?> Shard { get; } = new("--shard") { Description = "Render only the K-th of N slices of the inputs (K/N), for spreading one run over machines." };

    /// <summary>A machine-readable summary instead of the list of files written.</summary>
    public Option<bool> Json { get; } = new("--json") { Description = "Print a machine-readable summary (outputs, sizes, diagnostics, times) on standard output." };

    /// <summary>Only problems are printed.</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only problems: no progress bar and no list of files written." };

    /// <summary>All of them, to add to a command.</summary>
    public IEnumerable<Option> All => [Jobs, Shard, Json, Quiet];

    /// <summary>
    /// Renders the slice of <paramref name="papers"/> this run owns with <paramref name="renderer"/>,
    /// printing as the options ask; returns the run's exit code (the worst paper's), or a usage
    /// error for a bad <c>--shard</c>.
    /// </summary>
    public int Run(ParseResult parse, IReadOnlyList<(string File, string Stem)> papers, BatchRenderer renderer, TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        var (slice, problem) = parse.GetValue(Shard) is { } text ? Commands.Shard.Parse(text) : (Commands.Shard.All, null);
        if (problem is not null)
        {
            error.WriteLine("briefgen: " + problem);
            return ExitCodes.UsageError;
        }

        var mine = slice.Select(papers, p => p.File);
        var jobs = parse.GetValue(Jobs);
        var printer = new Output.BatchPrinter(output, error, parse.GetValue(Json), parse.GetValue(Quiet), errorIsTerminal && mine.Count > 1 ? mine.Count : 0);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reports = renderer.Run(mine, jobs, printer.Print, printer.FinishedOne, papers.Select(p => p.File));
        printer.Finish(reports, clock.ElapsedMilliseconds, jobs);
        return reports.Count == 0 ? ExitCodes.Success : reports.Max(r => r.ExitCode);
    }
}
