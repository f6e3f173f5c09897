namespace BriefingGen.Cli;

/// <summary>The exit codes scripts and batch runners can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The input (data, template pack) is wrong; diagnostics say where.</summary>
    public const int InputError = 1;

    /// <summary>The command line is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Something failed inside briefgen; a bug to report.</summary>
    public const int InternalError = 3;
}
