using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Templates;

/// <summary>A language the pack has no labels for is warned about at the data's choice of it.</summary>
public class LanguageLabelTests
{
    [Fact]
    public void The_warning_stands_at_the_datas_language_field()
    {
        using var folder = new TempFolder();
        var path = folder.Write("brief.yaml", "title: T\ndate: 2026-10-05\nlanguage: fi-FI\nsummary: S\npillars: [{name: P}]\n");

        var result = TestEngines.PolicyBrief.Render(DataSource.FromFile(path), "md");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("no labels for 'fi-FI'", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, path, 3, 11, "language"), (warning.Severity, warning.Location.File, warning.Location.Line, warning.Location.Column, warning.DataPath));
    }
}
