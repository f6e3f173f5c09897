using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.Digest;

/// <summary>Digests made with the weekly-digest pack from data written for a test, and the values they hold.</summary>
internal static class DigestRuns
{
    /// <summary>The shipped pack.</summary>
    public static string Pack => Path.Combine(RepositoryPaths.Root, "templates", "weekly-digest");

    /// <summary>The shipped example and last week's snapshot beside it.</summary>
    public static string Example => Path.Combine(Pack, "examples", "high-north.yaml");

    /// <summary>The snapshot of the week before the example.</summary>
    public static string PreviousSnapshot => Path.Combine(Pack, "examples", "snapshots", "high-north-2026-W48.snapshot.json");

    /// <summary>The digest in <paramref name="file"/> composed (and rendered in <paramref name="formats"/>), marked against <paramref name="previous"/>.</summary>
    public static BriefingResult Run(string file, DataNode? previous = null, params string[] formats) =>
        TestEngines.Load(Pack, new Word.WordRenderer(), new Pdf.PdfRenderer()).Render(DataSource.FromFile(file) with { Baseline = previous }, formats);

    /// <summary>The resolved data of a run that must succeed.</summary>
    public static DataMap Resolved(string file, DataNode? previous = null)
    {
        var result = Run(file, previous);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (DataMap)result.Data!;
    }

    /// <summary>The value at <paramref name="path"/> (such as <c>briefs[0].risks[1].score</c>) as text, or null.</summary>
    public static string? At(DataNode root, string path) =>
        DataPath.TryParse(path, out var parsed) && DataPath.Find(root, parsed) is DataScalar scalar ? scalar.Text : null;

    /// <summary>The node at <paramref name="path"/>, or null.</summary>
    public static DataNode? Node(DataNode root, string path) =>
        DataPath.TryParse(path, out var parsed) ? DataPath.Find(root, parsed) : null;
}
