using System.Text.RegularExpressions;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// What one run of <c>briefgen render</c> on a fuzz input came to: the exit code (null when it
/// did not finish in time), standard error, and every way it broke the property, each with a short
/// class that groups failures of the same cause.
/// </summary>
/// <param name="Exit">The exit code, or null when the run did not finish within the time limit.</param>
/// <param name="Error">What it wrote to standard error.</param>
/// <param name="Problems">How it broke the property: (class, details); empty when it held.</param>
/// <param name="Elapsed">How long the render took.</param>
internal sealed partial record FuzzOutcome(int? Exit, string Error, IReadOnlyList<(string Class, string Details)> Problems, TimeSpan Elapsed)
{
    /// <summary>The processor time the process used during the render, which the time limit is judged on.</summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>True when the property held.</summary>
    public bool Passed => Problems.Count == 0;

    /// <summary>The classes of the problems, in one line; empty when the property held.</summary>
    public string Class => string.Join(" + ", Problems.Select(p => p.Class).Distinct());

    /// <summary>The first error (a line that is not a warning), without the file's name and position: why an input was refused.</summary>
    public string FirstError => RenderProperty.Normalize(LocationRegex().Replace(
        Error.Split('\n').FirstOrDefault(l => l.Length > 0 && !l.Contains(": warning: ", StringComparison.Ordinal)) ?? "", ""));

    /// <summary>The first <paramref name="count"/> lines of standard error.</summary>
    public string ErrorHead(int count = 8) => string.Join('\n', Error.Split('\n').Take(count));

    [GeneratedRegex(@"^\S*brief\.(yaml|yml|json)(:\d+:\d+)?: ")]
    private static partial Regex LocationRegex();
}
