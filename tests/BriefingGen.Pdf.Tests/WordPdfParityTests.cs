using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Theming;
using BriefingGen.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>The Word and PDF renderings of one paper show the same content, in the same order, in the same styles.</summary>
public class WordPdfParityTests
{
    [Fact]
    public void Every_paragraph_of_the_Word_document_is_in_the_PDF_in_the_same_order()
    {
        var generator = BriefingGenerator.FromPack(RepositoryPaths.PolicyBriefPack);
        var result = generator.Render(RepositoryPaths.Sample, new BriefingOptions { Renderers = [new Word.WordRenderer(), new PdfRenderer()] });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var output = new PdfOutput();
        var pdf = Path.Combine(output.Folder, "sample.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        using var docx = WordprocessingDocument.Open(new MemoryStream(result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray()), false);

        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Trim().Length > 0).ToList();
        Assert.True(paragraphs.Count > 40);
        // Drawing order: poppler's own reading order reads the risk matrix's grid column-wise.
        var missing = new ReadingOrder(PdfTools.Text(pdf, raw: true)).MissingInOrder(paragraphs);
        Assert.True(missing.Count == 0, "in Word, not in the PDF in order:\n" + string.Join("\n", missing));
    }

    public static TheoryData<string> Roles => [StyleIds.Banner, StyleIds.Normal, StyleIds.Title, StyleIds.Subtitle, StyleIds.Heading(1), StyleIds.Heading(2), StyleIds.Heading(3), StyleIds.Caption, StyleIds.TableText, StyleIds.TableHeading];

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_style_has_the_same_font_size_colour_and_weight_in_both(string styleId)
    {
        using var stream = new MemoryStream();
        new Word.WordRenderer().Render(new Rendering.RenderInput(ModelSamples.EveryKind(), Theme.Default, null), stream);
        using var docx = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var word = WordStyle.Resolve(docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!, styleId);

        var pdf = PdfStyle(new PdfStyles(Theme.Default), styleId);
        Assert.Equal(pdf.Families[0], word.Font);
        Assert.Equal(pdf.Size, word.Size);
        Assert.Equal(pdf.Color, word.Color, ignoreCase: true);
        Assert.Equal(pdf.Bold, word.Bold);
        Assert.Equal(pdf.Italic, word.Italic);
        Assert.Equal(pdf.LetterSpacing, word.LetterSpacing);
    }

    private static TextStyle PdfStyle(PdfStyles styles, string styleId) => styleId switch
    {
        StyleIds.Normal => styles.Body,
        StyleIds.Banner => styles.Banner,
        StyleIds.Title => styles.ForRole(Model.ParagraphRoles.Title),
        StyleIds.Subtitle => styles.ForRole(Model.ParagraphRoles.Subtitle),
        StyleIds.Caption => styles.Caption,
        StyleIds.TableText => styles.TableText,
        StyleIds.TableHeading => styles.TableHeading,
        _ => styles.HeadingLevel(int.Parse(styleId[^1..], System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>A Word paragraph style with its based-on chain and the document defaults applied.</summary>
    private sealed record WordStyle(string Font, double Size, string Color, bool Bold, bool Italic, double LetterSpacing)
    {
        public static WordStyle Resolve(Styles styles, string styleId)
        {
            var chain = new List<StyleRunProperties>();
            for (var id = styleId; id is not null;)
            {
                var style = styles.Elements<Style>().Single(s => s.StyleId == id);
                if (style.StyleRunProperties is { } rPr)
                {
                    chain.Add(rPr);
                }

                id = style.BasedOn?.Val?.Value;
            }

            var defaults = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
            T? First<T>(Func<StyleRunProperties, T?> own, Func<RunPropertiesBaseStyle, T?> fallback) where T : class =>
                chain.Select(own).FirstOrDefault(v => v is not null) ?? (defaults is null ? null : fallback(defaults));

            return new WordStyle(
                First(r => r.RunFonts?.Ascii?.Value, d => d.RunFonts?.Ascii?.Value) ?? "",
                double.Parse(First(r => r.FontSize?.Val?.Value, d => d.FontSize?.Val?.Value) ?? "0", System.Globalization.CultureInfo.InvariantCulture) / 2,
                First(r => r.Color?.Val?.Value, d => d.Color?.Val?.Value) ?? "",
                chain.Any(r => r.Bold is not null),
                chain.Any(r => r.Italic is not null),
                (chain.Select(r => r.Spacing?.Val?.Value).FirstOrDefault(v => v is not null) ?? 0) / 20.0);
        }
    }
}
