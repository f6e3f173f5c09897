using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>A message about Markdown inside a data field names the line and column in the data file where the problem stands.</summary>
public class FieldLocationTests
{
    [Theory]
    [InlineData("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: \"See [run](javascript:x) now.\"\npillars:\n  - name: S\n", 3, 15)]
    [InlineData("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: See [run](javascript:x) now.\npillars:\n  - name: S\n", 3, 14)]
    [InlineData("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: |\n  First line.\n  See [run](javascript:x) now.\npillars:\n  - name: S\n", 5, 7)]
    [InlineData("brief.json", "{\n  \"title\": \"T\", \"date\": \"2026-10-05\",\n  \"summary\": \"See [run](javascript:x) now.\",\n  \"pillars\": [{ \"name\": \"S\" }]\n}\n", 3, 19)]
    [InlineData("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: >\n  See [run](javascript:x)\n  now.\npillars:\n  - name: S\n", 3, 10)]
    public void A_warning_about_a_link_in_a_field_stands_at_the_link_when_the_file_spells_the_text_as_it_is(string name, string data, int line, int column)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, data);

        var result = TestEngines.PolicyBrief.Render(DataSource.FromFile(path), "md");

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("javascript:x", StringComparison.Ordinal));
        Assert.Equal((path, line, column), (warning.Location.File, warning.Location.Line, warning.Location.Column));
    }
}
