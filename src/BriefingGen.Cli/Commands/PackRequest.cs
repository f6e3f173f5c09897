using BriefingGen.Diagnostics;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// The pack a data file is to be rendered with, and where that was asked for: on the command line
/// (<paramref name="Field"/> null), or in the data's <c>template:</c> field, whose place messages
/// about it give.
/// </summary>
/// <param name="Name">The pack's name or, from the command line, its folder.</param>
/// <param name="Field">Where the data's <c>template:</c> field stands, when the data chose.</param>
internal sealed record PackRequest(string Name, SourceLocation? Field = null)
{
    /// <summary>True when the data's own field chose the pack, which may then only be named, never a path.</summary>
    public bool FromData => Field is not null;

    /// <summary>Why the field cannot name a pack (a list, a map), or null when it holds a name.</summary>
    public string? Problem { get; init; }

    /// <summary>
    /// The data's own errors when it could not be read to look for its field (a syntax error):
    /// those are what the user must fix, whatever pack the data would have named.
    /// </summary>
    public IReadOnlyList<Diagnostics.Diagnostic> DataErrors { get; init; } = [];
}
