using System.Globalization;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Styling;
using BriefingGen.Testing;
using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// The Word and PDF renderings of one paper show the same content, in the same order, and every
/// role of the stylesheet looks the same in both: Word's style (resolved through its based-on
/// chain and the document defaults) against the look the PDF engine lays the role out with.
/// </summary>
public class WordPdfParityTests
{
    private static readonly StyleSheet Sheet = TestEngines.PolicyBrief.StyleSheet!;

    private static readonly Lazy<Styles> WordStyles = new(() =>
    {
        using var stream = new MemoryStream();
        new Word.WordRenderer().Render(ModelSamples.Input(ModelSamples.EveryKind()), stream);
        using var docx = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        return (Styles)docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.CloneNode(true);
    });

    [Fact]
    public void Every_paragraph_of_the_Word_document_is_in_the_PDF_in_the_same_order()
    {
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer());
        var result = engine.Render(DataSource.FromFile(RepositoryPaths.Sample), "docx", "pdf");
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

    public static TheoryData<string> ParagraphRoles => [.. Sheet.Paragraphs.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> InlineRoles => [.. Sheet.Inlines.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void The_stylesheet_has_every_role_the_issue_of_parity_names()
    {
        string[] expected =
        [
            "body", "title", "subtitle", "meta", "lead", "note", "code", "heading-1", "heading-2", "heading-3", "table-text", "table-header",
            "caption", "callout-title", "callout-text", "quote", "toc-heading", "toc-1", "toc-2", "header", "footer", "banner", "figure", "matrix-text",
        ];
        Assert.Empty(expected.Except(Sheet.Paragraphs.Keys));
    }

    [Theory]
    [MemberData(nameof(ParagraphRoles))]
    public void Each_paragraph_role_looks_the_same_in_Word_and_PDF(string role)
    {
        var word = WordParagraph.Resolve(WordStyles.Value, StyleMap.For(role).Id);
        var look = Sheet.Paragraph(role);
        var pdf = new PdfStyles(Sheet).ForRole(role);
        Assert.Equal((pdf.Families[0], pdf.Size, pdf.Color, pdf.Bold, pdf.Italic, pdf.LetterSpacing), (word.Font, word.Size, word.Color, word.Bold, word.Italic, word.LetterSpacing));
        Assert.Equal((look.SpaceBefore, look.SpaceAfter, look.LineSpacing), (word.SpaceBefore, word.SpaceAfter, word.LineSpacing));
        Assert.Equal((look.IndentLeft, look.IndentRight, look.KeepWithNext, look.KeepLines), (word.IndentLeft, word.IndentRight, word.KeepNext, word.KeepLines));
        Assert.Equal(look.Alignment switch
        {
            ParagraphAlignment.Center => "center",
            ParagraphAlignment.Right => "right",
            ParagraphAlignment.Justify => "both",
            _ => "left",
        }, word.Alignment);
        Assert.Equal(look.Fill ?? "", word.Fill, ignoreCase: true);
        Assert.Equal((look.BottomRule?.Width ?? 0, look.BottomRule?.Color ?? "", look.LeftRule?.Width ?? 0, look.LeftRule?.Color ?? ""), (word.BottomRule, word.BottomColor, word.LeftRule, word.LeftColor));
    }

    [Theory]
    [MemberData(nameof(InlineRoles))]
    public void Each_inline_role_changes_the_same_things_in_Word_and_PDF(string role)
    {
        var style = WordStyles.Value.Elements<Style>().Single(s => s.StyleId == StyleMap.For(role).Id);
        var rPr = style.StyleRunProperties!;
        var body = new PdfStyles(Sheet).ForRole(StyleRoles.Body);
        var pdf = new PdfStyles(Sheet).Inline(role, body);
        Assert.Equal(pdf.Families[0], rPr.RunFonts?.Ascii?.Value ?? body.Families[0]);
        Assert.Equal(pdf.Size, rPr.FontSize is { } size ? double.Parse(size.Val!.Value!, CultureInfo.InvariantCulture) / 2 : body.Size);
        Assert.Equal(pdf.Color, rPr.Color?.Val?.Value ?? body.Color, ignoreCase: true);
        Assert.Equal(pdf.Bold, rPr.Bold is { } bold ? bold.Val?.Value ?? true : body.Bold);
        Assert.Equal(pdf.Underline, rPr.Underline is { } u ? u.Val?.Value != UnderlineValues.None : body.Underline);
        Assert.Equal(pdf.Superscript, rPr.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript);
    }

    /// <summary>A Word paragraph style with its based-on chain and the document defaults applied.</summary>
    private sealed record WordParagraph(
        string Font, double Size, string Color, bool Bold, bool Italic, double LetterSpacing,
        double SpaceBefore, double SpaceAfter, double LineSpacing, double IndentLeft, double IndentRight, bool KeepNext, bool KeepLines,
        string Alignment, string Fill, double BottomRule, string BottomColor, double LeftRule, string LeftColor)
    {
        public static WordParagraph Resolve(Styles styles, string styleId)
        {
            var chain = new List<Style>();
            for (var id = styleId; id is not null;)
            {
                var style = styles.Elements<Style>().Single(s => s.StyleId == id);
                chain.Add(style);
                id = style.BasedOn?.Val?.Value;
            }

            var rDefaults = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
            var pDefaults = styles.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
            T? Run<T>(Func<StyleRunProperties, T?> own, Func<RunPropertiesBaseStyle, T?> fallback) where T : class =>
                chain.Select(s => s.StyleRunProperties is { } r ? own(r) : null).FirstOrDefault(v => v is not null) ?? (rDefaults is null ? null : fallback(rDefaults));
            T? Para<T>(Func<StyleParagraphProperties, T?> own) where T : class =>
                chain.Select(s => s.StyleParagraphProperties is { } p ? own(p) : null).FirstOrDefault(v => v is not null);
            bool Toggle(Func<StyleRunProperties, OnOffType?> get) => chain.Select(s => s.StyleRunProperties is { } r ? get(r) : null).FirstOrDefault(v => v is not null) is { } t && (t.Val?.Value ?? true);
            bool Flag(Func<StyleParagraphProperties, OnOffType?> get) => chain.Select(s => s.StyleParagraphProperties is { } p ? get(p) : null).FirstOrDefault(v => v is not null) is { } t && (t.Val?.Value ?? true);
            double Twips(string? value) => value is null ? 0 : double.Parse(value, CultureInfo.InvariantCulture) / 20;

            var spacing = chain.Select(s => s.StyleParagraphProperties?.SpacingBetweenLines).Where(x => x is not null).ToList();
            string? Spacing(Func<SpacingBetweenLines, string?> get) => spacing.Select(s => get(s!)).FirstOrDefault(v => v is not null) ?? (pDefaults?.SpacingBetweenLines is { } d ? get(d) : null);
            var bottom = Para(p => p.ParagraphBorders?.BottomBorder);
            var left = Para(p => p.ParagraphBorders?.LeftBorder);
            var shading = Para(p => p.Shading);
            return new WordParagraph(
                Run(r => r.RunFonts?.Ascii?.Value, d => d.RunFonts?.Ascii?.Value) ?? "",
                double.Parse(Run(r => r.FontSize?.Val?.Value, d => d.FontSize?.Val?.Value) ?? "0", CultureInfo.InvariantCulture) / 2,
                Run(r => r.Color?.Val?.Value, d => d.Color?.Val?.Value) ?? "",
                Toggle(r => r.Bold),
                Toggle(r => r.Italic),
                (chain.Select(s => s.StyleRunProperties?.Spacing?.Val?.Value).FirstOrDefault(v => v is not null) ?? 0) / 20.0,
                Twips(Spacing(s => s.Before?.Value)),
                Twips(Spacing(s => s.After?.Value)),
                double.Parse(Spacing(s => s.Line?.Value) ?? "240", CultureInfo.InvariantCulture) / 240,
                Twips(Para(p => p.Indentation?.Left?.Value)),
                Twips(Para(p => p.Indentation?.Right?.Value)),
                Flag(p => p.KeepNext),
                Flag(p => p.KeepLines),
                Para(p => p.Justification?.Val?.InnerText) ?? "left",
                shading?.Val?.Value == ShadingPatternValues.Nil ? "" : shading?.Fill?.Value ?? "",
                bottom is null || bottom.Val?.Value == BorderValues.Nil ? 0 : bottom.Size!.Value / 8.0,
                bottom is null || bottom.Val?.Value == BorderValues.Nil ? "" : bottom.Color!.Value!,
                left is null || left.Val?.Value == BorderValues.Nil ? 0 : left.Size!.Value / 8.0,
                left is null || left.Val?.Value == BorderValues.Nil ? "" : left.Color!.Value!);
        }
    }
}
