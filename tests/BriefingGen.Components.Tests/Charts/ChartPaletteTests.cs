using BriefingGen.Diagnostics;
using BriefingGen.Styling;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.Charts;

/// <summary>The theme's chart palette: bars and lines stand out from white, and neighbouring series differ in lightness for colour-blind readers.</summary>
public sealed class ChartPaletteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (Theme Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(_folder.Write("theme.yaml", yaml), diagnostics);
        return (theme, diagnostics.Items);
    }

    [Fact]
    public void The_default_palette_keeps_every_rule() =>
        Assert.Empty(ChartPalette.Problems(Theme.Default.Colors.ChartColors));

    [Fact]
    public void A_colour_too_pale_on_white_is_refused()
    {
        var problem = Assert.Single(ChartPalette.Problems(["1F3864", "F0E442"]));
        Assert.Equal(1, problem.Index);
        Assert.Contains("contrast of 1.3:1 against white", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neighbours_of_like_lightness_are_refused_even_when_their_hues_differ()
    {
        // A blue and a red of the same lightness: different to most readers, alike without colour.
        var problem = Assert.Single(ChartPalette.Problems(["2E5C8A", "A0522D"]));
        Assert.Contains("neighbouring series", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_orange_and_a_green_apart_in_normal_vision_collide_for_protanopia()
    {
        // Lightness 54 and 42 to normal vision, but 48 and 44 to someone without red cones.
        var problem = Assert.Single(ChartPalette.Problems(["D55E00", "2E7050"]));
        Assert.Contains("in protanopia", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_with_a_bad_palette_is_an_error_at_the_colour()
    {
        var (_, diagnostics) = Load("colors:\n  chart: [1F3864, F0E442, D55E00]\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("colors.chart[1]", 2, 19), (error.DataPath, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_theme_with_a_good_palette_uses_it()
    {
        var (theme, diagnostics) = Load("colors:\n  chart: [1F3864, B8860B, 5B3A8C]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["1F3864", "B8860B", "5B3A8C"], theme.Colors.ChartColors);
    }

    [Fact]
    public void Without_a_palette_the_theme_builds_one_on_its_accent_colours()
    {
        var (theme, diagnostics) = Load("colors:\n  accent: 8A2E5C\n  heading: 2A1F40\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["8A2E5C", "2A1F40"], new[] { theme.Colors.ChartColors[0], theme.Colors.ChartColors[2] });
    }
}
