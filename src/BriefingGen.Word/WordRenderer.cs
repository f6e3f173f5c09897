using BriefingGen.Diagnostics;
using BriefingGen.IO;
using BriefingGen.Rendering;
using BriefingGen.Styling;
using BriefingGen.Word.Binding;
using BriefingGen.Word.Packaging;
using BriefingGen.Word.Parts;
using BriefingGen.Word.Renderers;
using BriefingGen.Word.Sections;
using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace BriefingGen.Word;

/// <summary>
/// Stage 4a: renders the document model to an editable .docx with the Open XML SDK. Each block
/// and inline kind has its own small renderer (components bring theirs); this class registers
/// them, writes the sections, assembles the parts (styles, numbering, footnotes, headers,
/// footers, settings, properties) and makes the package's bytes depend on the content only.
/// </summary>
public sealed class WordRenderer : IDocumentRenderer, IStyleSheetSource
{
    /// <summary>The block renderers of the built-in model kinds.</summary>
    internal static readonly IReadOnlyList<IWordBlockRenderer> BlockRenderers =
    [
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new TableRenderer(), new CalloutRenderer(),
        new QuoteRenderer(), new FigureRenderer(), new PageBreakRenderer(), new TableOfContentsRenderer(),
    ];

    /// <summary>The inline renderers of the built-in model kinds.</summary>
    internal static readonly IReadOnlyList<IWordInlineRenderer> InlineRenderers =
    [
        new TextRenderer(), new EmphasisRenderer(), new StrongRenderer(), new ShadedTextRenderer(), new CodeRenderer(), new LinkRenderer(),
        new FootnoteReferenceRenderer(), new LineBreakRenderer(), new PageNumberRenderer(), new PageCountRenderer(), new TrackedChangeRenderer(),
    ];

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string Extension => ".docx";

    /// <inheritdoc />
    public bool UsesPageMap => true;

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output)
    {
        // The package is built uncompressed in pooled memory: the copy that fixes its timestamps
        // compresses every part once, instead of inflating what the SDK deflated and deflating again.
        // The main part, by far the largest, is left empty there and written once, straight into
        // the copy: the SDK's package keeps each part it writes in an array of its own, which for
        // the main part is a large object, collected only with the oldest generation.
        using var buffer = PooledStreams.Get();
        string mainPartName;
        DocumentFormat.OpenXml.Wordprocessing.Document content;
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            content = Build(package, input);
            mainPartName = package.MainDocumentPart!.Uri.OriginalString.TrimStart('/');
        }

        DeterministicPackage.Normalize(buffer, output, mainPartName, part => WritePart(content, part));
    }

    /// <summary>
    /// Writes a part's XML as the SDK does, whole into pooled memory first: an XML writer flushes
    /// its stream when it is done, and a flush in the middle of a deflate stream adds bytes to it.
    /// </summary>
    private static void WritePart(OpenXmlPartRootElement content, Stream part)
    {
        using var xml = PooledStreams.Get();
        using (var writer = System.Xml.XmlWriter.Create(xml, PartXmlSettings.Document))
        {
            writer.WriteStartDocument();
            content.WriteTo(writer);
        }

        xml.Position = 0;
        xml.CopyTo(part);
    }

    /// <summary>Adds every part but the main part's content to <paramref name="package"/>, and returns that content.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Document Build(WordprocessingDocument package, RenderInput input)
    {
        var document = input.Document;
        var sheet = input.StyleSheet;
        var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        var numbering = new NumberingBuilder(sheet);
        var footnotes = new FootnoteBuilder();
        var context = new WordRenderContext(
            document, sheet, main, numbering, footnotes,
            [.. BlockRenderers, .. input.ComponentRenderers.OfType<IWordBlockRenderer>()],
            [.. InlineRenderers, .. input.ComponentRenderers.OfType<IWordInlineRenderer>()])
        {
            Pages = input.Pages,
            Binder = input.SourceData is { } source ? new FieldBinder(source, document.Metadata.Language) : null,
        };

        var body = new Body();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            context.Section = section;
            context.SectionIndex = i;
            var content = context.RenderBlocks(section.Blocks, WordScope.Body).ToList();
            var properties = SectionWriter.Properties(section, i, context);
            if (i < document.Sections.Count - 1)
            {
                SectionWriter.EndSection(content, properties);
            }

            if (context.HasSeveralNumberingRuns && Model.NumberingRuns.EndsRun(context.NumberingRuns, i))
            {
                MarkRunEnd(content, context);
            }

            body.Append(content);
            if (i == document.Sections.Count - 1)
            {
                body.Append(properties);
            }
        }

        TableGaps.Close(body, sheet);
        PageBreaks.Fold(body);
        KeepIntroductionsWithTables(body);
        KeepExhibitsWithTheirSources(body);
        if (context.Binder is { } binder)
        {
            binder.Finish(context, body);
            DataPartWriter.Write(main, binder);
        }

        var styles = StylesBuilder.Build(sheet, document.Metadata.Language, numbering.ForStyles);
        var reference = input.ReferenceDocPath is null ? null : ReferenceDocument.Read(input.ReferenceDocPath, out _, out _);
        if (reference is not null)
        {
            styles = ReferenceStyles.Apply(styles, reference);
        }

        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
        var theme = reference?.Theme is { } house ? (A.Theme)house.CloneNode(true) : ThemeBuilder.Build(sheet);
        main.AddNewPart<ThemePart>("rIdTheme").Theme = theme;
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
        if (footnotes.Any)
        {
            main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = footnotes.Build();
        }

        foreach (var (part, root) in OtherStories(main))
        {
            PartRelationships.Borrow(main, part, root);
        }

        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsBuilder.Build(document.Metadata.Language, footnotes.Any);
        main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = FontTableBuilder.Build(
            [styles, body, .. main.HeaderParts.Select(h => h.Header!), .. main.FooterParts.Select(f => f.Footer!), .. main.FootnotesPart?.Footnotes is { } notes ? [notes] : Array.Empty<OpenXmlElement>()],
            [theme.ThemeElements?.FontScheme?.MajorFont?.LatinFont?.Typeface?.Value, theme.ThemeElements?.FontScheme?.MinorFont?.LatinFont?.Typeface?.Value],
            MonospacedFonts(sheet));
        DocumentPropertiesWriter.Write(package, document.Metadata, input.SourceData);
        return new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }

    /// <summary>
    /// Puts the bookmark of the current section's run of page numbers at the end of its last
    /// paragraph, on the run's last page, where the run's page count (<see cref="PageCountRenderer"/>) reads it.
    /// </summary>
    private static void MarkRunEnd(List<OpenXmlElement> content, WordRenderContext context)
    {
        Paragraph? last = null;
        for (var i = content.Count - 1; i >= 0 && last is null; i--)
        {
            last = content[i] as Paragraph ?? content[i].Descendants<Paragraph>().LastOrDefault();
        }

        if (last is null)
        {
            last = new Paragraph();
            content.Add(last);
        }

        var id = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        last.Append(new BookmarkStart { Id = id, Name = WordRenderContext.RunEndBookmark(context.NumberingRuns[context.SectionIndex]) }, new BookmarkEnd { Id = id });
    }

    /// <summary>The parts besides the body that hold text: footnotes, headers and footers.</summary>
    private static IEnumerable<(OpenXmlPart Part, OpenXmlElement Root)> OtherStories(MainDocumentPart main) =>
        [
            .. main.FootnotesPart?.Footnotes is { } notes ? [((OpenXmlPart)main.FootnotesPart, (OpenXmlElement)notes)] : Array.Empty<(OpenXmlPart, OpenXmlElement)>(),
            .. main.HeaderParts.Select(h => ((OpenXmlPart)h, (OpenXmlElement)h.Header!)),
            .. main.FooterParts.Select(f => ((OpenXmlPart)f, (OpenXmlElement)f.Footer!)),
        ];

    /// <summary>
    /// The stylesheet with a pack's reference.docx applied as Word applies it: the theme's styles
    /// with the reference's replacing them by id, every role's look then read back the way Word
    /// resolves styles. The PDF then follows the house styles as Word shows them.
    /// </summary>
    public StyleSheet Apply(StyleSheet sheet, string referencePath, DiagnosticBag diagnostics)
    {
        var reference = ReferenceDocument.Read(referencePath, out var error, out var warnings);
        foreach (var warning in warnings)
        {
            diagnostics.Warning(SourceLocation.OfFile(referencePath), "", warning);
        }

        if (reference is null)
        {
            diagnostics.Error(SourceLocation.OfFile(referencePath), "", "the reference document cannot be used: " + error);
            return sheet;
        }

        var styles = ReferenceStyles.Apply(StylesBuilder.Build(sheet, "en-GB", new NumberingBuilder(sheet).ForStyles), reference);
        var resolver = new WordStyleResolver(styles, reference);
        return sheet with
        {
            Paragraphs = sheet.Paragraphs.ToDictionary(kv => kv.Key, kv => resolver.Paragraph(kv.Value), StringComparer.Ordinal),
            Inlines = sheet.Inlines.ToDictionary(kv => kv.Key, kv => resolver.Inline(kv.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>The families the stylesheet sets code in, which the font table marks fixed-pitch.</summary>
    private static HashSet<string> MonospacedFonts(StyleSheet sheet)
    {
        var fonts = new HashSet<string>(StringComparer.Ordinal) { sheet.Paragraph(StyleRoles.Code).Text.Families[0] };
        if (sheet.Inlines.TryGetValue(StyleRoles.InlineCode, out var code) && code.Families is [var first, ..])
        {
            fonts.Add(first);
        }

        return fonts;
    }

    /// <summary>The most rows a table may have to be kept whole with its source line.</summary>
    private const int TableKeptWhole = 8;

    /// <summary>How many of a longer table's last rows stay with its source line.</summary>
    private const int RowsKeptWithSource = 2;

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

    /// <summary>
    /// An exhibit's source line stays on the page of what it sources: the chart or picture keeps
    /// with it. A short table keeps every row with it, which is how Word keeps a table whole with
    /// what follows; a longer one keeps only its last rows, so it still breaks across pages where
    /// it must instead of leaving a page all but empty before it.
    /// </summary>
    private static void KeepExhibitsWithTheirSources(Body body)
    {
        var source = StyleMap.For(StyleRoles.ExhibitSource).Id;
        foreach (var line in body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == source))
        {
            var kept = line.PreviousSibling() switch
            {
                Table table => table.Elements<TableRow>().TakeLast(table.Elements<TableRow>().Count() <= TableKeptWhole ? TableKeptWhole : RowsKeptWithSource).SelectMany(r => r.Descendants<Paragraph>()),
                Paragraph paragraph when paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value != source => [paragraph],
                _ => [],
            };
            foreach (var paragraph in kept)
            {
                var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
                if (properties.KeepNext is null)
                {
                    // keepNext follows the paragraph style, the first child in the schema's order.
                    properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
                }
            }
        }
    }
}
