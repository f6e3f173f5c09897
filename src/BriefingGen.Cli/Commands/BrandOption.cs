using System.CommandLine;
using BriefingGen.Engine;

namespace BriefingGen.Cli.Commands;

/// <summary><c>--brand DIR</c>: the brand kit the papers wear, over the pack's own <c>brand:</c>.</summary>
internal static class BrandOption
{
    /// <summary>A new option for a command that loads a pack.</summary>
    public static Option<string?> Create() => new("--brand")
    {
        Description = "A brand kit folder (brand.yaml, and optionally theme.yaml, fonts/, reference.docx, logos) to restyle the papers with (default: the pack's own brand:, if any).",
    };

    /// <summary><paramref name="options"/> (else the default engine options) with the kit asked for; unchanged when none is.</summary>
    public static EngineOptions? Apply(ParseResult parse, Option<string?> option, EngineOptions? options) =>
        parse.GetValue(option) is { Length: > 0 } folder ? (options ?? PackChoice.Options) with { BrandDirectory = Path.GetFullPath(folder) } : options;
}
