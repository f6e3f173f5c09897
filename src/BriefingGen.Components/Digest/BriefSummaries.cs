using BriefingGen.Components.RiskMatrix;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Extensions;

namespace BriefingGen.Components.Digest;

/// <summary>
/// Reads the brief data files a digest lists (<c>brief_files</c>, relative to the digest's folder)
/// and keeps what a digest shows of each: title, reference, date, summary, key points, risks with
/// their scores and bands (highest first), cooperation areas with their status, and the
/// recommendations. A problem in a brief is reported at its own file and line.
/// </summary>
internal static class BriefSummaries
{
    /// <summary>The most brief files one digest reads.</summary>
    public const int MaxBriefs = 200;

    /// <summary>The summaries, in the order listed (none, with a warning, for data that has no folder), or null after an error.</summary>
    public static DataList? Read(DataMap digest, DataStepContext context, DiagnosticBag diagnostics)
    {
        var files = digest["brief_files"] as DataList;
        var at = files?.Location ?? digest.Location;
        if (files is null || files.Items.Count == 0)
        {
            return DataBuild.List(at, []);
        }

        // Data with no folder (sent to the service, or read back from a paper) has nowhere to find
        // the files: the digest is made without their summaries, and says so.
        if (context.Folder is null)
        {
            diagnostics.Warning(files.Location, "brief_files", "the briefs listed are not summarised here: brief files are read only beside a digest file on disk ('briefgen render' or 'briefgen digest'), and this data has no folder to find them in");
            return DataBuild.List(at, []);
        }

        if (files.Items.Count > MaxBriefs)
        {
            diagnostics.Error(files.Location, "brief_files", $"a digest can summarise at most {MaxBriefs} briefs, not {files.Items.Count}; split it");
            return null;
        }

        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var summaries = new List<DataNode>();
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Items.Count; i++)
        {
            if (files.Items[i] is not DataScalar name)
            {
                continue;
            }

            // The same brief listed twice would be summarised twice.
            var full = Path.GetFullPath(Path.Combine(context.Folder, name.Text));
            if (listed.TryGetValue(full, out var first))
            {
                diagnostics.Warning(name.Location, $"brief_files[{i}]", $"'{name.Text}' is listed already (brief_files[{first}]); it is summarised once");
                continue;
            }

            listed[full] = i;
            if (string.Equals(full, Path.GetFullPath(context.SourceName), StringComparison.Ordinal))
            {
                diagnostics.Error(name.Location, $"brief_files[{i}]", "a digest cannot list itself as a brief");
                continue;
            }

            if (Summary(name, $"brief_files[{i}]", context, diagnostics) is { } summary)
            {
                summaries.Add(summary);
            }
        }

        return diagnostics.Items.Count(d => d.Severity == Severity.Error) > errors ? null : DataBuild.List(at, summaries);
    }

    private static DataMap? Summary(DataScalar name, string path, DataStepContext context, DiagnosticBag diagnostics)
    {
        var file = Path.GetFullPath(Path.Combine(context.Folder!, name.Text));
        if (Directory.Exists(file) || !File.Exists(file))
        {
            diagnostics.Error(name.Location, path, $"no brief data file '{name.Text}' (looked for {file})");
            return null;
        }

        var read = DataLoader.Load(file, context.Limits);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        if (read.Root is not DataMap brief || DataBuild.TextOf(brief, "title") is not { Length: > 0 })
        {
            diagnostics.Error(read.Root!.Location, "", $"'{name.Text}' is not a brief's data: it needs at least a title");
            return null;
        }

        if (!DigestSchemas.Brief.Check(brief, diagnostics))
        {
            return null;
        }

        var risks = Risks(brief, diagnostics);
        return risks is null ? null : DataBuild.Map(
            brief.Location,
            ("file", DataBuild.Text(name.Location, name.Text)),
            ("title", brief["title"]),
            ("reference", brief["reference"]),
            ("date", brief["date"]),
            // A brief marked with a marking object is summarised by its banner, the text the digest shows.
            ("classification", brief["classification"] is DataMap marking && Markings.MarkingBanner.Of(marking, "classification", diagnostics) is { } banner ? DataBuild.Text(marking.Location, banner) : brief["classification"]),
            ("summary", brief["summary"]),
            ("key_points", brief["key_points"]),
            ("risks", risks),
            ("cooperation", Cooperation(brief)),
            ("recommendations", Recommendations(brief)));
    }

    /// <summary>The risks with id (R1, R2… when the brief gives none), score and band, highest score first.</summary>
    private static DataList? Risks(DataMap brief, DiagnosticBag diagnostics)
    {
        var risks = new List<(DataMap Risk, long Score, int Order)>();
        var listed = DataBuild.MapsOf(brief, "risks");
        for (var i = 0; i < listed.Count; i++)
        {
            var risk = listed[i];
            var likelihood = Step(risk, "likelihood", i, diagnostics);
            var impact = Step(risk, "impact", i, diagnostics);
            if (likelihood is null || impact is null)
            {
                continue;
            }

            var score = likelihood.Value * impact.Value;
            var at = risk.Location;
            risks.Add((DataBuild.Map(
                at,
                ("id", risk["id"] ?? DataBuild.Text(at, "R" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                ("title", risk["title"]),
                ("likelihood", risk["likelihood"]),
                ("impact", risk["impact"]),
                ("score", DataBuild.Integer(at, score)),
                ("band", DataBuild.Text(at, RiskBands.Of(score))),
                ("trend", risk["trend"])), score, i));
        }

        return risks.Count < listed.Count
            ? null
            : DataBuild.List(brief["risks"]?.Location ?? brief.Location, risks.OrderByDescending(r => r.Score).ThenBy(r => r.Order).Select(r => (DataNode)r.Risk));
    }

    private static long? Step(DataMap risk, string key, int index, DiagnosticBag diagnostics)
    {
        if (DataBuild.IntegerOf(risk, key) is { } value and >= 1 and <= 5)
        {
            return value;
        }

        diagnostics.Error(risk[key]?.Location ?? risk.Location, $"risks[{index}].{key}", $"a risk's {key} must be a whole number from 1 to 5, got {risk[key]?.Describe() ?? "nothing"}");
        return null;
    }

    private static DataList Cooperation(DataMap brief) =>
        DataBuild.List(brief["cooperation_areas"]?.Location ?? brief.Location, DataBuild.MapsOf(brief, "cooperation_areas")
            .Select(area => (DataNode)DataBuild.Map(area.Location, ("name", area["name"]), ("status", area["status"]), ("outlook", area["outlook"]))));

    /// <summary>Each recommendation as <c>{text}</c> (in a brief, a recommendation is text, or a map with <c>text</c>).</summary>
    private static DataList Recommendations(DataMap brief) =>
        DataBuild.List(brief["recommendations"]?.Location ?? brief.Location, DataBuild.ItemsOf(brief, "recommendations")
            .Select(r => r is DataMap map ? map["text"] : r)
            .OfType<DataScalar>()
            .Select(text => DataBuild.Map(text.Location, ("text", text))));
}
