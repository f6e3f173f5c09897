using BriefingGen.Components.Digest;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// What <c>briefgen digest</c> adds to rendering each digest: last week's snapshot as the baseline
/// (a named file for one digest, or for many the newest earlier snapshot of each digest in a
/// folder), the redline flag, a refusal of packs that make no digest, and this week's snapshot
/// written with the papers.
/// </summary>
internal static class DigestJob
{
    /// <summary>The job for digests compared with <paramref name="previous"/> (a snapshot file or a folder of them, or null).</summary>
    public static PaperJob For(string? previous, bool redline)
    {
        var flags = redline ? new HashSet<string>(StringComparer.Ordinal) { DigestExtension.RedlineFlag } : [];
        return new PaperJob
        {
            Refuse = engine => engine.Pack!.Manifest.Components.Contains("digest", StringComparer.Ordinal)
                ? null
                : $"the pack '{engine.Pack.Manifest.Name}' makes no digest (its template.yaml does not use the 'digest' component); use 'briefgen render' for its papers.",
            Source = file => Source(file, previous, flags),
            Extras = (file, result) => [Snapshot(file, result)],
        };
    }

    private static (DataSource? Source, IReadOnlyList<Diagnostic> Diagnostics) Source(string file, string? previous, IReadOnlySet<string> flags)
    {
        var snapshot = previous;
        if (previous is not null && Directory.Exists(previous))
        {
            var data = DataLoader.Load(file);
            if (!data.Succeeded || data.Root is null)
            {
                return (null, data.Diagnostics);
            }

            snapshot = DigestSnapshot.Previous(previous, Path.GetFileNameWithoutExtension(file), data.Root);
        }

        DataNode? baseline = null;
        if (snapshot is not null)
        {
            var read = DataLoader.Load(snapshot);
            if (!read.Succeeded || read.Root is not DataMap)
            {
                IReadOnlyList<Diagnostic> why = read.Succeeded
                    ? [new Diagnostic(Severity.Error, SourceLocation.OfFile(snapshot), "", "not a digest snapshot")]
                    : read.Diagnostics;
                return (null, why);
            }

            baseline = read.Root;
        }

        return (DataSource.FromFile(file) with { Baseline = baseline, Flags = flags }, []);
    }

    /// <summary>This week's snapshot, named <c>&lt;name&gt;-&lt;year&gt;-W&lt;week&gt;.snapshot.json</c> beside the papers.</summary>
    private static RenderedOutput Snapshot(string file, BriefingResult result)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var week = DigestSnapshot.FileName(name, result.Data!) ?? name + ".snapshot.json";
        // Written as one set with the papers: the snapshot's name follows the stem like an extension.
        return new RenderedOutput("snapshot", week[name.Length..], DigestSnapshot.Of(result.Data!));
    }
}
