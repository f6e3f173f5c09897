namespace BriefingGen.Cli;

/// <summary>
/// What the user reads when briefgen itself fails: that it is a bug, not their input, and — only
/// with <c>BRIEFGEN_DEBUG=1</c> — the details a developer needs. Never a bare stack trace.
/// </summary>
internal static class InternalErrorMessage
{
    /// <summary>The lines describing <paramref name="failure"/>.</summary>
    public static IReadOnlyList<string> Lines(Exception failure)
    {
        List<string> lines =
        [
            $"briefgen: internal error: {failure.GetType().Name}: {failure.Message}",
            "This is a bug in briefgen, not in your input; please report it with the input that caused it.",
        ];
        if (Environment.GetEnvironmentVariable("BRIEFGEN_DEBUG") is "1")
        {
            lines.Add(failure.ToString());
        }

        return lines;
    }
}
