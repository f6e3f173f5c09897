using BriefingGen.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// Word formats Arabic, Hebrew and other complex scripts with their own run properties (bCs, iCs,
/// szCs): bold, italic and size set only for Latin text leave a right-to-left heading plain and
/// body-sized. Every place that sets one sets the other.
/// </summary>
public class ComplexScriptTests
{
    private static readonly Model.Document Mixed = ModelSamples.Of(
        new Model.Heading(1, [new Model.Text("مرحبا بالعالم")], "arabic"),
        new Model.Heading(2, [new Model.Text("שלום עולם")], "hebrew"),
        new Model.Paragraph([new Model.Strong([new Model.Text("قوي")]), new Model.Text(" "), new Model.Emphasis([new Model.Text("מודגש")]), new Model.Text(" "), new Model.Strong([new Model.Emphasis([new Model.Text("كلاهما")])])]));

    [Fact]
    public void Every_style_that_sets_bold_italic_or_size_sets_the_complex_script_twin()
    {
        var bytes = WordOutput.Render(Mixed);
        using var document = WordOutput.Open(bytes);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var checkedAny = false;
        foreach (var properties in styles.Descendants().Where(e => e is StyleRunProperties or RunPropertiesBaseStyle))
        {
            checkedAny |= properties.GetFirstChild<Bold>() is not null;
            AssertTwins(properties);
        }

        Assert.True(checkedAny);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    [Fact]
    public void Headings_are_bold_in_every_script()
    {
        using var document = WordOutput.Open(WordOutput.Render(Mixed));
        foreach (var id in new[] { "Heading1", "Heading2" })
        {
            var run = StyleChain.Of(document, id).Select(s => s.StyleRunProperties).OfType<StyleRunProperties>().ToList();
            Assert.True(run.Select(r => r.Bold).First(b => b is not null)!.Val?.Value ?? true);
            Assert.True(run.Select(r => r.BoldComplexScript).FirstOrDefault(b => b is not null) is { } bcs && (bcs.Val?.Value ?? true));
            Assert.Equal(run.Select(r => r.FontSize).First(s => s is not null)!.Val!.Value, run.Select(r => r.FontSizeComplexScript).First(s => s is not null)!.Val!.Value);
        }
    }

    [Fact]
    public void Strong_and_emphasis_set_the_complex_script_twins_on_their_runs()
    {
        using var document = WordOutput.Open(WordOutput.Render(Mixed));
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0).ToDictionary(r => r.InnerText);
        Assert.NotNull(runs["قوي"].RunProperties!.BoldComplexScript);
        Assert.NotNull(runs["מודגש"].RunProperties!.ItalicComplexScript);
        Assert.NotNull(runs["كلاهما"].RunProperties!.BoldComplexScript);
        Assert.NotNull(runs["كلاهما"].RunProperties!.ItalicComplexScript);
        foreach (var run in runs.Values)
        {
            if (run.RunProperties is { } properties)
            {
                AssertTwins(properties);
            }
        }
    }

    private static void AssertTwins(OpenXmlElement properties)
    {
        AssertSame(properties.GetFirstChild<Bold>(), properties.GetFirstChild<BoldComplexScript>());
        AssertSame(properties.GetFirstChild<Italic>(), properties.GetFirstChild<ItalicComplexScript>());
        Assert.Equal(properties.GetFirstChild<FontSize>()?.Val?.Value, properties.GetFirstChild<FontSizeComplexScript>()?.Val?.Value);
    }

    /// <summary>Both set or both absent, and to the same value.</summary>
    private static void AssertSame(OnOffType? latin, OnOffType? complex)
    {
        Assert.Equal(latin is null, complex is null);
        Assert.Equal(latin?.Val?.Value ?? true, complex?.Val?.Value ?? true);
    }
}
