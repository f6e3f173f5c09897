using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// A run in another language carries it in the slot of its script, so Word checks and hyphenates
/// "Мурманск" as Russian in an English paper; right-to-left runs are marked so; the paper's
/// defaults give the East Asian and complex-script slots languages of their own.
/// </summary>
public class LanguageTaggingTests
{
    private static readonly Model.Document Mixed = ModelSamples.Of(
        new Model.Paragraph([new Model.Text("Talks in "), new Model.Text("Мурманск") { Language = "ru-RU" }, new Model.Text(", "), new Model.Text("北极") { Language = "zh-CN" }, new Model.Text(" and "), new Model.Text("שלום") { Language = "he-IL" }]));

    [Fact]
    public void Runs_in_other_languages_carry_them_in_their_scripts_slot()
    {
        var bytes = WordOutput.Render(Mixed);
        using var document = WordOutput.Open(bytes);
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToDictionary(r => r.InnerText);
        Assert.Equal("ru-RU", runs["Мурманск"].RunProperties!.Languages!.Val!.Value);
        Assert.Equal("zh-CN", runs["北极"].RunProperties!.Languages!.EastAsia!.Value);
        Assert.Equal("he-IL", runs["שלום"].RunProperties!.Languages!.Bidi!.Value);
        Assert.NotNull(runs["שלום"].RunProperties!.RightToLeftText);
        Assert.Null(runs["Talks in "].RunProperties?.Languages);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    [Fact]
    public void The_defaults_give_each_slot_its_own_language()
    {
        using var document = WordOutput.Open(WordOutput.Render(Mixed));
        var languages = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal(Mixed.Metadata.Language, languages.Val!.Value);
        Assert.NotEqual(languages.Val!.Value, languages.EastAsia!.Value);
        Assert.NotEqual(languages.Val!.Value, languages.Bidi!.Value);
    }
}
