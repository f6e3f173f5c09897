namespace BriefingGen.Cli.Tests;

/// <summary>Runs briefgen in-process and captures what it prints.</summary>
internal static class Cli
{
    /// <summary>The exit code, standard output and standard error of one run.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefgenApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
