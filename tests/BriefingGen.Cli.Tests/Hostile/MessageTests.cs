namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 7: every mistake is told at its file, line and column, with what was expected.</summary>
public class MessageTests
{
    [Theory]
    [InlineData("b.json", "{\"title\": \"T\", \"date\": \"2026-10-05\", \"summary\": \"S\", \"pillars\": [{\"name\": \"P\"},],}", "b.json:1:", "remove it (JSON allows no trailing commas)")]
    [InlineData("b.yaml", "title: T\n\tdate: 2026-10-05\n", "b.yaml:2:1:", "indented with a tab")]
    [InlineData("b.yaml", "title: T\ndate: 2026-10-05\nsummary: S\npillars:\n\t- name: P\n", "b.yaml:5:1:", "indented with a tab")]
    [InlineData("b.yaml", "title: T\ntitle: U\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n", "b.yaml:2:1:", "duplicate key 'title' (first given at line 1)")]
    [InlineData("b.yaml", "title: T\ndate: 2026-10-05\nsumary: S\npillars: [{name: P}]\n", "b.yaml:3:1:", "did you mean 'summary'?")]
    [InlineData("b.yaml", "title: T\ndate: 5th October\nsummary: S\npillars: [{name: P}]\n", "b.yaml:2:7:", "date")]
    [InlineData("b.yaml", "title: T\ndate: 2026-10-05\nsummary: S\npillars: {name: P}\n", "b.yaml:4:10:", "list")]
    [InlineData("b.yaml", "", "b.yaml:", "the file is empty")]
    public void A_mistake_in_the_data_is_told_at_its_place(string name, string text, string where, string what)
    {
        using var h = new Hostile();
        var data = h.Folder.Write(name, text);
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains(where, error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_data_is_called_a_folder()
    {
        using var h = new Hostile();
        var (exit, error) = h.Run("render", h.Folder.Path, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("it is a folder, not a file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frob")]
    [InlineData("rendr")]
    public void An_unknown_command_lists_the_commands(string command)
    {
        var (exit, _, error) = Cli.Run(command);
        Assert.Equal(2, exit);
        Assert.Contains($"unknown command '{command}'", error, StringComparison.Ordinal);
        Assert.Contains("render, validate, templates", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_shows_a_stack_trace_or_an_exception_name()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("b.yaml", "title: [unclosed\nsummary: {\n");
        var (_, error) = h.Run("render", data, "--out", h.Out);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Matches(@"b\.yaml:\d+:\d+: ", error);
    }
}
