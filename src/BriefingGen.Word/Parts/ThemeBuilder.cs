using BriefingGen.Styling;
using A = DocumentFormat.OpenXml.Drawing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// The document's theme (DrawingML, ISO/IEC 29500-1 §20.1.6): its heading font (major) and body
/// font (minor) are the stylesheet's, so Word's "+Headings" and "+Body" and Design › Fonts name the
/// paper's fonts, and its colours are the paper's, so the colour picker offers them. The format
/// scheme is the plain minimum the schema asks for (three of each style); nothing here draws.
/// </summary>
internal static class ThemeBuilder
{
    private const string Name = "BriefingGen";

    /// <summary>The theme of <paramref name="sheet"/>.</summary>
    public static A.Theme Build(StyleSheet sheet)
    {
        var c = sheet.Colors;
        var colors = new A.ColorScheme(
            new A.Dark1Color(Rgb(c.Text)),
            new A.Light1Color(Rgb("FFFFFF")),
            new A.Dark2Color(Rgb(c.Heading)),
            new A.Light2Color(Rgb("F2F4F7")),
            new A.Accent1Color(Rgb(c.Accent)),
            new A.Accent2Color(Rgb(c.Muted)),
            new A.Accent3Color(Rgb(c.TableHeaderFill)),
            new A.Accent4Color(Rgb(c.TableBorder)),
            new A.Accent5Color(Rgb(c.BannerFill)),
            new A.Accent6Color(Rgb(c.Link)),
            new A.Hyperlink(Rgb(c.Link)),
            new A.FollowedHyperlinkColor(Rgb(c.Muted)))
        { Name = Name };
        var fonts = new A.FontScheme(
            new A.MajorFont(new A.LatinFont { Typeface = MajorFont(sheet) }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
            new A.MinorFont(new A.LatinFont { Typeface = MinorFont(sheet) }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
        { Name = Name };
        var format = new A.FormatScheme(
            new A.FillStyleList(Fill(), Fill(), Fill()),
            new A.LineStyleList(Line(), Line(), Line()),
            new A.EffectStyleList(Effect(), Effect(), Effect()),
            new A.BackgroundFillStyleList(Fill(), Fill(), Fill()))
        { Name = Name };
        return new A.Theme(new A.ThemeElements(colors, fonts, format), new A.ObjectDefaults(), new A.ExtraColorSchemeList()) { Name = Name };
    }

    /// <summary>The heading font: the family Heading 1 names first.</summary>
    public static string MajorFont(StyleSheet sheet) => sheet.Paragraph(StyleRoles.Heading(1)).Text.Families[0];

    /// <summary>The body font: the family Normal names first.</summary>
    public static string MinorFont(StyleSheet sheet) => sheet.Paragraph(StyleRoles.Body).Text.Families[0];

    private static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex };

    private static A.SolidFill Fill() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline Line() => new(Fill()) { Width = 6350 };

    private static A.EffectStyle Effect() => new(new A.EffectList());
}
