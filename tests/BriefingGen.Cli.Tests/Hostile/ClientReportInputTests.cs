using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>
/// A client report's own kinds of mistake — a logo that is missing or damaged, a chart whose data
/// does not fit it, an exhibit referred to or named wrongly — are errors at the data value, and no
/// file is written.
/// </summary>
public sealed class ClientReportInputTests
{
    private static readonly string Pack = Path.Combine(RepositoryPaths.Root, "templates", "client-report");
    private static readonly string Examples = Path.Combine(Pack, "examples");

    [Theory]
    [InlineData("logo: coast-partnership.svg", "logo: missing.png", "15:9: client.logo: image 'missing.png' was not found")]
    [InlineData("logo: coast-partnership.svg", "logo: damaged.png", "15:9: client.logo: image 'damaged.png' is damaged")]
    [InlineData("values: [1120, 1150, 1185, 1210, 1240]", "values: [1120, 1150]", "67:17: sections[0].content[1].exhibit.chart.series[0]: series 'Fishing' has 2 values for 5 categories")]
    [InlineData("values: [1120, 1150, 1185, 1210, 1240]", "values: [1120, n/a, 1185, 1210, 1240]", "67:49: sections[0].content[1].exhibit.chart.series[0].values[1]: expected a number, got \"n/a\"")]
    [InlineData("([](#cruise-season))", "([](#cruise-seasons))", "no exhibit has the id \"cruise-seasons\"")]
    [InlineData("id: cruise-season", "id: port-calls", "port-calls")]
    public void A_mistake_in_a_client_report_is_an_error_at_its_place_and_nothing_is_written(string from, string to, string expected)
    {
        using var h = new Hostile();
        foreach (var logo in Directory.GetFiles(Examples, "*.svg"))
        {
            File.Copy(logo, Path.Combine(h.Folder.Path, Path.GetFileName(logo)));
        }

        File.WriteAllBytes(Path.Combine(h.Folder.Path, "damaged.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]]);
        var example = File.ReadAllText(Path.Combine(Examples, "arctic-shipping-readiness.yaml"));
        Assert.Contains(from, example, StringComparison.Ordinal);
        var data = h.Folder.Write("report.yaml", ReplaceFirst(example, from, to));

        var (exit, error) = h.Run("render", data, "--template", Pack, "--out", h.Out);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith(data + ":", error, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
