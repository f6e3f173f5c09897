using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Testing;
using BriefingGen.Word;

namespace BriefingGen.Components.Tests.Charts;

/// <summary>Papers made through the charts' test pack (<c>Charts/Pack</c>), to Word and PDF.</summary>
internal static class ChartRuns
{
    /// <summary>The test pack's folder.</summary>
    public static string Pack => Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Components.Tests", "Charts", "Pack");

    /// <summary>The pack's example with one chart of each kind.</summary>
    public static string Example => Path.Combine(Pack, "examples", "arctic-ports.yaml");

    private static readonly Lazy<BriefingEngine> Engine = new(() => TestEngines.Load(Pack, new WordRenderer(), new PdfRenderer()));

    /// <summary>Renders the data file at <paramref name="path"/> to <paramref name="formats"/>.</summary>
    public static BriefingResult Render(string path, params string[] formats) => Engine.Value.Render(DataSource.FromFile(path), formats);

    /// <summary>
    /// Data for the pack with one chart whose fields are <paramref name="chart"/> (lines without
    /// indentation): the chart's first line is line 6 of the file and its values start at column 7.
    /// </summary>
    public static string Data(string chart, string language = "en-GB") =>
        $"title: Charts\nlanguage: {language}\nexhibits:\n  - heading: Exhibit\n    chart:\n"
        + string.Concat(chart.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "      " + line + "\n"));

    /// <summary>A grouped column chart of two series over three categories, with extra fields appended.</summary>
    public static string Columns(string extra = "") =>
        "type: column\ncategories: [Hammerfest, Tromsø, Bodø]\nseries:\n  - {name: Calls, values: [410, 655, 390]}\n  - {name: Growth, values: [0.12, 0.08, 0.05]}\n" + extra;
}
