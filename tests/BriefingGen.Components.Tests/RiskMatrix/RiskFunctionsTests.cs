using BriefingGen.Engine;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.RiskMatrix;

/// <summary>The risk functions as templates call them: scores, bands, order and the grid node with its origins.</summary>
public sealed class RiskFunctionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BriefingResult Compose(string template, string data = "title: x\n")
    {
        _folder.Write("pack/template.yaml", "name: risks\nmain: main.sbn\ncomponents: [risk-matrix]\n");
        _folder.Write("pack/main.sbn", template);
        var path = _folder.Write("data.yaml", data);
        return TestEngines.Load(Path.Combine(_folder.Path, "pack")).Render(DataSource.FromFile(path));
    }

    private string Text(string template)
    {
        var result = Compose(template);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return InlineText.Of(result.Document!.Blocks);
    }

    [Theory]
    [InlineData(1, "low")]
    [InlineData(4, "low")]
    [InlineData(5, "medium")]
    [InlineData(9, "medium")]
    [InlineData(10, "high")]
    [InlineData(16, "high")]
    [InlineData(20, "critical")]
    [InlineData(25, "critical")]
    public void Risk_bands_follow_the_score_boundaries(int score, string band) =>
        Assert.Equal(band, Text($"{{{{ risk_band {score} }}}}\n"));

    [Fact]
    public void Risks_sort_by_score_and_keep_data_order_on_ties() =>
        Assert.Equal("BACD", Text("{{ for r in sort_risks [{id: 'A', likelihood: 2, impact: 2}, {id: 'B', likelihood: 5, impact: 4}, {id: 'C', likelihood: 4, impact: 1}, {id: 'D', likelihood: 1, impact: 4}] }}{{ r.id }}{{ end }}\n"));

    [Fact]
    public void The_matrix_places_each_risk_and_keeps_where_its_id_came_from()
    {
        var result = Compose("{{ risk_matrix data.risks 'Sannsynlighet' 'Konsekvens' }}\n", "risks:\n  - { id: R-1, likelihood: 3, impact: 5 }\n  - { id: R2, likelihood: 1, impact: 1 }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var matrix = Assert.IsType<Components.RiskMatrix.RiskMatrix>(Assert.Single(result.Document!.Blocks));
        Assert.Equal(("Sannsynlighet", "Konsekvens"), (matrix.LikelihoodLabel, matrix.ImpactLabel));
        Assert.Equal([("R-1", 3, 5, "risks[0].id"), ("R2", 1, 1, "risks[1].id")], matrix.Risks.Select(r => (r.Id, r.Likelihood, r.Impact, r.Origin!.Path)));
        Assert.Equal(2, matrix.Risks[0].Origin!.Location.Line);
    }

    [Fact]
    public void Two_risks_of_one_id_are_an_error_at_the_second()
    {
        var result = Compose("{{ risk_matrix data.risks 'L' 'I' }}\n", "risks:\n  - { id: R1, likelihood: 3, impact: 5 }\n  - { id: R2, likelihood: 1, impact: 1 }\n  - { id: R1, likelihood: 2, impact: 2 }\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((4, "risks[2].id"), (error.Location.Line, error.DataPath));
        Assert.Contains("two risks have the id 'R1' (first given at risks[0].id, line 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_risks_of_one_id_in_a_list_sorted_by_score_are_an_error_at_the_later_in_the_data()
    {
        // Sorted, the second risk (score 4) comes first; before, the error stood at risks[0] and named risks[1] as the first.
        var result = Compose("{{ risk_matrix (sort_risks data.risks) 'L' 'I' }}\n", "risks:\n  - { id: R1, likelihood: 1, impact: 1 }\n  - { id: R1, likelihood: 2, impact: 2 }\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((3, "risks[1].id"), (error.Location.Line, error.DataPath));
        Assert.Contains("(first given at risks[0].id, line 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_clashes_with_the_number_a_risk_without_one_is_given_is_an_error_in_the_data()
    {
        // The policy brief numbers risks without an id R1, R2, … by their place in the list.
        var data = _folder.Write("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: S\npillars: [{ name: P }]\nrisks:\n  - { title: a, likelihood: 1, impact: 1 }\n  - { id: R1, title: b, likelihood: 2, impact: 2 }\n");
        var result = TestEngines.Load(RepositoryPaths.PolicyBriefPack).Render(DataSource.FromFile(data));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((7, "risks[1].id"), (error.Location.Line, error.DataPath));
        Assert.Contains("the number given to a risk without an id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_likelihood_outside_one_to_five_is_an_error_at_the_call()
    {
        var result = Compose("text\n\n{{ risk_matrix data.risks 'L' 'I' }}\n", "risks:\n  - { id: R1, likelihood: 9, impact: 5 }\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("main.sbn:3:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'likelihood' must be from 1 to 5, got 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_must_stand_on_a_line_of_its_own()
    {
        var result = Compose("See {{ risk_matrix data.risks 'L' 'I' }} here.\n", "risks: []\n");
        Assert.Contains("must stand on a line of its own", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
