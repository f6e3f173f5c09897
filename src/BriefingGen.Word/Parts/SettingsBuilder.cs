using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// The document settings Word relies on: footnote separators, a 1.25 cm default tab, automatic
/// hyphenation as the PDF engine hyphenates (by the paper's language, in a quarter-inch zone,
/// acronyms in capitals left whole), and Word 2013+ compatibility so layout is not emulated from
/// older versions.
/// </summary>
internal static class SettingsBuilder
{
    /// <summary>Word's own default hyphenation zone, a quarter inch, stated so that it is the one the PDF engine uses too.</summary>
    public const int HyphenationZoneTwips = 360;

    /// <summary>The settings part's content.</summary>
    public static Settings Build(string language, bool hasFootnotes)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 709 },
            new AutoHyphenation(),
            new HyphenationZone { Val = HyphenationZoneTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new DoNotHyphenateCaps(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        if (hasFootnotes)
        {
            settings.Append(new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }));
        }

        settings.Append(
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
            new ThemeFontLanguages { Val = language });
        return settings;
    }
}
