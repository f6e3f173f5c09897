using System.CommandLine.Parsing;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// Treats a file argument that looks like an option (<c>--frobnicate</c>) as a usage error: the
/// parser would otherwise take it for a file name and the user would read "no such file".
/// </summary>
internal static class UnknownOptions
{
    /// <summary>A validator for file arguments.</summary>
    public static void Reject(ArgumentResult result)
    {
        var token = result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-') && t.Value.Length > 1);
        if (token is not null)
        {
            result.AddError($"unknown option '{token.Value}'");
        }
    }
}
