using BriefingGen.Diagnostics;
using BriefingGen.Styling;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Styling;

/// <summary>
/// When a theme loads, the shades a component draws as a scale (the risk matrix's bands) must step
/// from light to dark in greyscale, and text on every fill must reach WCAG AA contrast.
/// </summary>
public sealed class ShadeScaleTests : IDisposable
{
    private static readonly ShadeScale Bands = new("the risk matrix's bands", ["risk-low", "risk-medium", "risk-high", "risk-critical"]);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<Diagnostic> Load(string shades)
    {
        var path = _folder.Write("theme.yaml", "shades:\n" + shades);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(path, diagnostics);
        ThemeLoader.CheckScales(theme, [Bands], path, diagnostics);
        return [.. diagnostics.Items];
    }

    [Fact]
    public void Bands_that_print_as_the_same_grey_are_a_warning()
    {
        // The policy brief's former bands: in greyscale low (232) and medium (240) and high (219) look alike.
        var warnings = Load("""
              risk-low: { fill: D8EFD8, text: 1E4620 }
              risk-medium: { fill: FFF1BF, text: 5C4400 }
              risk-high: { fill: FBD5B5, text: 7A2E00 }
              risk-critical: { fill: C62828, text: FFFFFF }
            """);
        Assert.Equal(["shades.risk-medium", "shades.risk-high"], warnings.Select(w => w.DataPath));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("in greyscale the risk matrix's bands look alike", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_brief_bands_step_from_light_to_dark_with_readable_text()
    {
        var theme = ThemeLoader.Load(Path.Combine(RepositoryPaths.PolicyBriefPack, "theme.yaml"), new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        ThemeLoader.CheckScales(theme, [Bands], "theme.yaml", diagnostics);
        Assert.Empty(diagnostics.Items);
        var greys = Bands.Shades.Select(s => Contrast.Grey(theme.Shades[s].Fill)).ToList();
        Assert.All(greys.Zip(greys.Skip(1)), pair => Assert.True(pair.First - pair.Second >= ThemeLoader.MinimumGreyStep, $"{pair.First:0} then {pair.Second:0}"));
        Assert.All(Bands.Shades, s => Assert.True(Contrast.Ratio(theme.Shades[s].Fill, theme.Shades[s].Text) >= ThemeLoader.MinimumContrast, s));
    }

    [Fact]
    public void The_policy_brief_pack_loads_without_a_warning() =>
        Assert.Empty(TestEngines.PolicyBrief.PackDiagnostics);

    [Fact]
    public void A_band_whose_text_is_unreadable_on_its_fill_is_a_warning()
    {
        var warnings = Load("""
              risk-low: { fill: F2F2F2, text: 262626 }
              risk-medium: { fill: D0D0D0, text: 262626 }
              risk-high: { fill: A3A3A3, text: 767676 }
              risk-critical: { fill: 505050, text: FFFFFF }
            """);
        var warning = Assert.Single(warnings);
        Assert.Equal("shades.risk-high", warning.DataPath);
        Assert.Contains("contrast ratio", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_that_gives_only_some_bands_is_told_which_are_missing()
    {
        var warning = Assert.Single(Load("  risk-low: { fill: F2F2F2, text: 262626 }\n"));
        Assert.Contains("lacks risk-medium, risk-high, risk-critical", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_without_the_bands_leaves_them_to_the_component() =>
        Assert.Empty(Load("  status-active: { fill: D8EFD8, text: 1E4620 }\n"));
}
