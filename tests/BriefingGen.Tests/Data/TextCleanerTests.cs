using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Data;

/// <summary>Characters no paper holds are dropped once, as data is read, so every format and the file's properties agree.</summary>
public class TextCleanerTests
{
    [Theory]
    [InlineData("Bidi \u202Eevil\u202C txt.exe", "Bidi evil txt.exe", 2)]
    [InlineData("A \u202Dleft\u202C b", "A left b", 2)]
    [InlineData("\u202Bx \u202Ey\u202C z\u202C", "\u202Bx y z\u202C", 2)]
    [InlineData("\u202Ea\nb\u202C", "a\nb\u202C", 1)]
    [InlineData("\u05E9\u05DC\u05D5\u05DD \u2067abc\u2069 \u202Bx\u202C", "\u05E9\u05DC\u05D5\u05DD \u2067abc\u2069 \u202Bx\u202C", 0)]
    [InlineData("bell\u0007 and \uFFFE", "bell and ", 2)]
    public void Overrides_and_controls_go_while_embeddings_and_isolates_stay(string text, string expected, int dropped)
    {
        Assert.Equal(expected, TextCleaner.Clean(text, out var count));
        Assert.Equal(dropped, count);
    }

    [Fact]
    public void A_title_with_an_override_reaches_neither_the_page_nor_the_properties_with_it()
    {
        var result = TestEngines.PolicyBrief.Render(DataSource.FromText("title: \"Bidi \\u202Eevil\\u202C txt.exe\"\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n", "bidi.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain('\u202E', result.Document!.Metadata.Title);
        Assert.DoesNotContain(result.Document.Blocks.OfType<BriefingGen.Model.Paragraph>(), p => BriefingGen.Model.InlineText.Of(p.Content).Contains('\u202E', StringComparison.Ordinal));
    }
}
