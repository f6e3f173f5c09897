using BriefingGen.Testing;

namespace BriefingGen.Word.Tests;

/// <summary>Markup in plain data fields reaches the Word document as the characters the user typed.</summary>
public class HostileTextTests
{
    [Fact]
    public void Markup_characters_appear_exactly_as_written()
    {
        var bytes = WordOutput.Render(Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases", "hostile-text", "data.yaml"));
        using var document = WordOutput.Open(bytes);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("*Not italic* _nor this_ # no heading | no table <b>no html</b> &amp; {{ no.template }}", text, StringComparison.Ordinal);
        Assert.Contains("[not a link](http://example.org) `not code` \\*backslash\\*", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("{{ 7 * 7 }}", text, StringComparison.Ordinal);
        Assert.Contains("x{.shade-risk-low}", text, StringComparison.Ordinal);
        Assert.Contains("R9", text, StringComparison.Ordinal); // a fence in a Markdown field is code, not a component
        Assert.Contains("::: callout warning Injected", text, StringComparison.Ordinal); // and a container is text
    }
}
