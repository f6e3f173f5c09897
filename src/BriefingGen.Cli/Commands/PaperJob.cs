using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// What a batch does for each paper beyond rendering its data file: where the data comes from
/// (a digest adds last week's snapshot), which packs may make it, and the files written beside the
/// paper in the same all-or-nothing set (a digest's snapshot). A plain render needs none of it.
/// </summary>
internal sealed record PaperJob
{
    /// <summary>Rendering a data file as it is.</summary>
    public static PaperJob Plain { get; } = new();

    /// <summary>The data for a file, or null with the diagnostics that say why not.</summary>
    public Func<string, (DataSource? Source, IReadOnlyList<Diagnostic> Diagnostics)> Source { get; init; } = file => (DataSource.FromFile(file), []);

    /// <summary>Why a pack cannot make this kind of paper, or null when it can.</summary>
    public Func<BriefingEngine, string?> Refuse { get; init; } = _ => null;

    /// <summary>Files written with the paper, from the data file's name and the result.</summary>
    public Func<string, BriefingResult, IReadOnlyList<RenderedOutput>> Extras { get; init; } = (_, _) => [];
}
