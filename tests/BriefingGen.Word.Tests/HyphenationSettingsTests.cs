using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// Word hyphenates as the PDF engine does: automatic hyphenation in the paper's language, the
/// same hyphenation zone, acronyms left whole, and headings and titles never hyphenated.
/// </summary>
public class HyphenationSettingsTests
{
    [Fact]
    public void Settings_turn_on_automatic_hyphenation_with_the_zone_the_PDF_uses_and_leave_capitals_whole()
    {
        var bytes = WordOutput.Render(ModelSamples.EveryKind());
        using var document = WordOutput.Open(bytes);
        var settings = document.MainDocumentPart!.DocumentSettingsPart!.Settings!;

        var auto = settings.GetFirstChild<AutoHyphenation>();
        Assert.NotNull(auto);
        Assert.True(auto.Val is null || auto.Val.Value);
        Assert.NotNull(settings.GetFirstChild<DoNotHyphenateCaps>());
        Assert.Equal(Parts.SettingsBuilder.HyphenationZoneTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), settings.GetFirstChild<HyphenationZone>()?.Val?.Value);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    [Fact]
    public void The_language_Word_hyphenates_by_is_the_papers()
    {
        var paper = ModelSamples.EveryKind();
        var norwegian = paper with { Metadata = paper.Metadata with { Language = "nb-NO" } };
        using var document = WordOutput.Open(WordOutput.Render(norwegian));
        var language = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.Descendants<Languages>().Single();
        Assert.Equal("nb-NO", language.Val?.Value);
    }

    [Fact]
    public void Headings_titles_and_the_contents_are_not_hyphenated_and_running_text_is()
    {
        using var document = WordOutput.Open(WordOutput.Render(ModelSamples.EveryKind()));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        bool Suppressed(string id)
        {
            // The nearest style in the chain that says anything decides, as in Word.
            for (var style = styles[id]; ; style = styles[style.BasedOn!.Val!.Value!])
            {
                if (style.StyleParagraphProperties?.GetFirstChild<SuppressAutoHyphens>() is { } suppress)
                {
                    return suppress.Val is null || suppress.Val.Value;
                }

                if (style.BasedOn is null)
                {
                    return false;
                }
            }
        }

        Assert.All(["Title", "Subtitle", "Heading1", "Heading2", "Heading3", "TOCHeading", "TOC1"], id => Assert.True(Suppressed(id), id));
        Assert.All(["Normal", "Quote", "Caption", "FootnoteText"], id => Assert.False(Suppressed(id), id));
    }
}
