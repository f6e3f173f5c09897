using BriefingGen.Rendering;
using BriefingGen.Word.Packaging;
using BriefingGen.Word.Parts;
using BriefingGen.Word.Renderers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word;

/// <summary>
/// Stage 4a: renders the document model to an editable .docx with the Open XML SDK. Each block
/// and inline kind has its own small renderer; this class registers them, assembles the parts
/// (styles, numbering, footnotes, header, footer, settings, properties) and makes the package's
/// bytes depend on the content only.
/// </summary>
public sealed class WordRenderer : IDocumentRenderer
{
    /// <summary>The block renderers, one per model kind.</summary>
    internal static readonly IReadOnlyList<IWordBlockRenderer> BlockRenderers =
    [
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new TableRenderer(), new CalloutRenderer(),
        new QuoteRenderer(), new FigureRenderer(), new PageBreakRenderer(), new TableOfContentsRenderer(), new RiskMatrixRenderer(),
    ];

    /// <summary>The inline renderers, one per model kind.</summary>
    internal static readonly IReadOnlyList<IWordInlineRenderer> InlineRenderers =
    [
        new TextRenderer(), new EmphasisRenderer(), new StrongRenderer(), new CodeRenderer(), new LinkRenderer(),
        new FootnoteReferenceRenderer(), new LineBreakRenderer(),
    ];

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string Extension => ".docx";

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Build(package, input);
        }

        DeterministicPackage.Normalize(buffer, output);
    }

    private static void Build(WordprocessingDocument package, RenderInput input)
    {
        var document = input.Document;
        var theme = input.Theme;
        var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        var numbering = new NumberingBuilder();
        var footnotes = new FootnoteBuilder();
        var context = new WordRenderContext(document, theme, main, numbering, footnotes, BlockRenderers, InlineRenderers);

        var body = new Body();
        body.Append(context.RenderBlocks(document.Blocks, WordScope.Body));
        KeepIntroductionsWithTables(body);

        var styles = StylesBuilder.Build(theme, document.Metadata.Language, theme.NumberHeadings ? numbering.HeadingId : null);
        if (input.ReferenceDocPath is not null)
        {
            styles = ReferenceStyles.Apply(styles, input.ReferenceDocPath);
        }

        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build(theme.NumberHeadings);
        if (footnotes.Any)
        {
            main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = footnotes.Build();
        }

        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsBuilder.Build(document.Metadata.Language, footnotes.Any);
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        header.Header = HeaderFooterBuilder.Header(document.Furniture, document.Metadata.Classification);
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = HeaderFooterBuilder.Footer(document.Furniture, document.Metadata.Classification);

        body.Append(Section(theme.Page));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        DocumentPropertiesWriter.Write(package, document.Metadata);
    }

    /// <summary>
    /// A paragraph right before a table introduces it; keeping it with the table stops it being
    /// stranded at the foot of a page while the table starts on the next.
    /// </summary>
    private static void KeepIntroductionsWithTables(Body body)
    {
        foreach (var table in body.Elements<Table>())
        {
            if (table.PreviousSibling() is Paragraph { ParagraphProperties: { } properties } && properties.ParagraphStyleId is not null && properties.KeepNext is null)
            {
                properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
            }
        }
    }

    private static SectionProperties Section(Theming.PageSetup page)
    {
        static UInt32Value U(double mm) => (uint)Units.MmToTwips(mm);
        static Int32Value I(double mm) => Units.MmToTwips(mm);
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = U(page.WidthMm), Height = U(page.HeightMm) },
            new PageMargin
            {
                Top = I(page.MarginTop),
                Bottom = I(page.MarginBottom),
                Left = U(page.MarginLeft),
                Right = U(page.MarginRight),
                Header = U(page.HeaderDistance),
                Footer = U(page.HeaderDistance),
                Gutter = 0U,
            });
    }
}
