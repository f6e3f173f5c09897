using System.CommandLine;
using BriefingGen.Cli.Commands;

namespace BriefingGen.Cli;

/// <summary>
/// The <c>briefgen</c> command line. It runs in-process for tests, with its output streams passed
/// in, and maps every outcome onto <see cref="ExitCodes"/>: a user never sees a stack trace.
/// </summary>
public static class BriefgenApp
{
    /// <summary>
    /// Runs <paramref name="args"/> and returns the exit code. <paramref name="errorIsTerminal"/>
    /// says standard error is a terminal, where a long run may draw a progress bar.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false)
    {
        var root = new RootCommand("briefgen turns structured policy data and a template pack into briefing papers (.docx).")
        {
            RenderCommand.Create(output, error, errorIsTerminal),
            ValidateCommand.Create(output, error),
            TemplatesCommand.Create(output),
            ExtractCommand.Create(output, error),
            DigestCommand.Create(output, error, errorIsTerminal),
            ServeCommand.Create(output, error),
        };
        EmptyValues.RejectIn(root);

        if (args.Length > 0 && !args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
        {
            error.WriteLine($"briefgen: unknown command '{args[0]}'; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            error.WriteLine("Run 'briefgen --help' for usage.");
            return ExitCodes.UsageError;
        }

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine("briefgen: " + e.Message);
            }

            error.WriteLine("Run 'briefgen --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            var code = parse.Invoke(configuration);
            return code;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            foreach (var line in InternalErrorMessage.Lines(e))
            {
                error.WriteLine(line);
            }

            return ExitCodes.InternalError;
        }
    }
}
