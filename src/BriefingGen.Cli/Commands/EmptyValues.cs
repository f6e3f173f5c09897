using System.CommandLine;
using System.CommandLine.Parsing;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// Treats an empty value (<c>briefgen render ''</c>, <c>--out ""</c>) as a usage error, for every
/// argument and option of every command: no file, folder, pack, address or setting is named by
/// nothing, and an empty path would otherwise reach the file system and fail there, or quietly
/// mean the current folder or the default pack.
/// </summary>
internal static class EmptyValues
{
    /// <summary>Adds the check to the arguments and options of <paramref name="command"/> and of its subcommands.</summary>
    public static void RejectIn(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result => Check(result, $"a {argument.Name} file was given as an empty name; give its path"));
        }

        foreach (var option in command.Options)
        {
            option.Validators.Add(result => Check(result, $"{option.Name} was given an empty value; give one, or leave the option out"));
        }

        foreach (var subcommand in command.Subcommands)
        {
            RejectIn(subcommand);
        }
    }

    private static void Check(SymbolResult result, string message)
    {
        if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            result.AddError(message);
        }
    }
}
