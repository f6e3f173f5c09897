using BriefingGen.Rendering;
using BriefingGen.Styling;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// The package has a font table naming every font the document uses, and a theme whose heading
/// (major) and body (minor) fonts are the stylesheet's, as Word's own files do: Word's font lists,
/// Design › Fonts and "+Headings"/"+Body" then name the paper's fonts.
/// </summary>
public class FontAndThemePartTests
{
    private static byte[] Render()
    {
        var theme = new Theme { Fonts = new FontSet { Body = ["Carlito", "Liberation Sans"], Heading = ["Caladea", "Liberation Serif"], Mono = ["Liberation Mono"] } };
        var document = ModelSamples.Of(
            new Model.Heading(1, [new Model.Text("Heading")], "heading"),
            new Model.Paragraph([new Model.Text("Body "), new Model.Code("code")]));
        using var stream = new MemoryStream();
        new WordRenderer().Render(new RenderInput(document, StyleSheetBuilder.Build(theme)), stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_font_table_names_every_font_the_document_uses()
    {
        var bytes = Render();
        using var document = WordOutput.Open(bytes);
        var table = document.MainDocumentPart!.FontTablePart?.Fonts;
        Assert.NotNull(table);
        var listed = table.Elements<Font>().Select(f => f.Name!.Value!).ToList();
        Assert.Equal(listed.Distinct(StringComparer.Ordinal).Count(), listed.Count);
        var used = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>()
            .SelectMany(f => new[] { f.Ascii?.Value, f.HighAnsi?.Value, f.ComplexScript?.Value, f.EastAsia?.Value })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["Caladea", "Carlito", "Liberation Mono"], used.Order(StringComparer.Ordinal));
        Assert.All(used, font => Assert.Contains(font, listed));
        Assert.Equal(FontPitchValues.Fixed, table.Elements<Font>().Single(f => f.Name == "Liberation Mono").Pitch!.Val!.Value);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    [Fact]
    public void The_theme_names_the_heading_font_major_and_the_body_font_minor()
    {
        var bytes = Render();
        using var document = WordOutput.Open(bytes);
        var fonts = document.MainDocumentPart!.ThemePart?.Theme?.ThemeElements?.FontScheme;
        Assert.NotNull(fonts);
        Assert.Equal("Caladea", fonts.MajorFont!.LatinFont!.Typeface!.Value);
        Assert.Equal("Carlito", fonts.MinorFont!.LatinFont!.Typeface!.Value);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    [Fact]
    public void The_theme_takes_the_reference_documents_fonts_that_its_styles_name()
    {
        // A house style that says "+Headings" means the reference's heading font; our theme must agree.
        using var folder = new TempFolder();
        var reference = ReferenceDocs.Write(
            Path.Combine(folder.Path, "reference.docx"),
            [new Style(new StyleName { Val = "heading 1" }, new StyleRunProperties(new RunFonts { AsciiTheme = ThemeFontValues.MajorHighAnsi, HighAnsiTheme = ThemeFontValues.MajorHighAnsi })) { Type = StyleValues.Paragraph, StyleId = "Heading1" }],
            ReferenceTheme);

        var bytes = WordOutput.Render(ModelSamples.EveryKind(), reference);
        using var document = WordOutput.Open(bytes);
        var fonts = document.MainDocumentPart!.ThemePart!.Theme!.ThemeElements!.FontScheme!;
        Assert.Equal("House Serif", fonts.MajorFont!.LatinFont!.Typeface!.Value);
        Assert.Equal("House Sans", fonts.MinorFont!.LatinFont!.Typeface!.Value);
        Assert.Contains(document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>(), f => f.Name == "House Serif");
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    private const string ReferenceTheme = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="House"><a:themeElements>
        <a:clrScheme name="House"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>
        <a:fontScheme name="House"><a:majorFont><a:latin typeface="House Serif"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="House Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
        <a:fmtScheme name="House"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>
        </a:themeElements></a:theme>
        """;
}
