using System.Runtime.CompilerServices;
using BriefingGen.Pdf.Conformance;
using BriefingGen.Pdf.Fonts;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Pages;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf;

/// <summary>
/// Stage 4b: renders the document model to PDF with our own layout engine and writer. Each block
/// and inline kind has its own renderer (components bring theirs); sections are laid out on their
/// own page templates. Layout runs twice: a first pass that draws nothing learns the page count and
/// where each heading falls; the second draws for real. Fonts are shaped with HarfBuzz and
/// embedded as subsets; font folders are scanned and faces loaded once per process.
/// </summary>
public sealed class PdfRenderer : IPaginatingRenderer, IPreflightRenderer
{
    /// <summary>The environment variable naming extra font folders (separated like PATH).</summary>
    public const string FontsVariable = "BRIEFGEN_FONTS";

    /// <summary>The block renderers of the built-in model kinds.</summary>
    internal static readonly IReadOnlyList<IPdfBlockRenderer> BlockRenderers =
    [
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new TableRenderer(), new CalloutRenderer(),
        new QuoteRenderer(), new FigureRenderer(), new PageBreakRenderer(), new TableOfContentsRenderer(),
    ];

    /// <summary>The inline renderers of the built-in model kinds.</summary>
    internal static readonly IReadOnlyList<IPdfInlineRenderer> InlineRenderers =
    [
        new TextRenderer(), new EmphasisRenderer(), new StrongRenderer(), new ShadedTextRenderer(), new CodeRenderer(), new LinkRenderer(),
        new LineBreakRenderer(), new FootnoteReferenceRenderer(), new PageNumberRenderer(), new PageCountRenderer(), new TrackedChangeRenderer(),
    ];

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string Extension => ".pdf";

    /// <summary>
    /// What each page map's first pass learnt, kept while the map lives: the render that follows
    /// <see cref="Paginate"/> lays out the same body, so it takes over the styles, the fonts with
    /// every paragraph's lines, and the room settled for notes, instead of working them out again.
    /// </summary>
    private readonly ConditionalWeakTable<PageMap, FirstPassState> _firstPasses = new();

    /// <summary>False to use only the pack's and the configured font folders: tests use it to stand in for a bare machine.</summary>
    internal bool UseSystemFonts { get; init; } = true;

    /// <summary>The PDF standard every paper meets, whatever its pack asks; null (the default) for the pack's <c>pdf_standard</c>.</summary>
    public PdfStandard? Standard { get; init; }

    /// <inheritdoc />
    /// <remarks>
    /// Under a standard, every text of the paper is split among the faces as a render splits it,
    /// to find the characters no installed font has; nothing is shaped or laid out.
    /// </remarks>
    public void Preflight(RenderInput input)
    {
        var standard = Standard ?? input.PdfStandard;
        StandardPreflight.Check(input.Document, standard);
        if (standard == PdfStandard.None)
        {
            return;
        }

        var fonts = FontsFor(input);
        Run(() =>
        {
            var body = new PdfStyles(input.StyleSheet).ForRole(Styling.StyleRoles.Body);
            var face = fonts.FaceFor(body);
            foreach (var inline in input.Document.Sections.SelectMany(Model.ModelWalker.DescendantsAndSelf).OfType<Model.Inline>().Where(i => i is Model.Text or Model.Code))
            {
                fonts.Shaper.NoteMissing(inline.PlainText, face, body.Families, body.Bold, body.Italic);
            }
        });
        RefuseMissingCharacters(fonts, input.Document, standard);
    }

    /// <summary>Under a <paramref name="standard"/>, the error for characters no installed font has, if the paper holds any.</summary>
    private static void RefuseMissingCharacters(FontBook fonts, Model.Document document, PdfStandard standard)
    {
        if (standard != PdfStandard.None && fonts.Shaper.Missing.Count > 0)
        {
            throw StandardPreflight.MissingCharacters(MissingByPlace(fonts.Shaper.Missing, document), standard);
        }
    }

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output)
    {
        var standard = Standard ?? input.PdfStandard;
        StandardPreflight.Check(input.Document, standard);
        Draw(input, new PdfCanvas(), (canvas, _) => PdfDocumentWriter.Write(canvas, input.Document.Metadata, output, standard), standard);
    }

    /// <summary>
    /// Lays the paper out and draws its pages onto <paramref name="canvas"/>, then hands the canvas
    /// and each page's printed number to <paramref name="finish"/>: the PDF and the page pictures of
    /// <see cref="SvgPageRenderer"/> come from this one layout, so they break and number pages alike.
    /// </summary>
    /// <remarks>Under a <paramref name="standard"/>, a character no font has stops the render before <paramref name="finish"/>.</remarks>
    internal void Draw<TCanvas>(RenderInput input, TCanvas canvas, Action<TCanvas, IReadOnlyList<string>> finish, PdfStandard standard = PdfStandard.None)
        where TCanvas : ICanvas
    {
        var earlier = input.Pages is { } known && _firstPasses.TryGetValue(known, out var pass) ? pass : null;
        var (layout, fonts, _) = Prepare(input, earlier);
        if (earlier is not null)
        {
            layout.UseSettled(earlier.Reserves);
        }

        Run(() =>
        {
            // A page map from the engine saves the first pass; without one, the first pass learns it.
            var pages = input.Pages ?? FirstPass(layout);
            layout.Run(canvas, pages);
            RefuseMissingCharacters(fonts, input.Document, standard);
            finish(canvas, layout.Labels);
        });
        WarnOfMissingCharacters(fonts.Shaper.Missing, input.Document, input.Warn);
        WarnOfUnusableFonts(input.FontFolders, fonts.Resolver, input.Warn);
    }

    /// <summary>
    /// One warning per file in the pack's or brand kit's fonts that offers no face, or whose face
    /// a PDF cannot embed: it was put there to be used, and without a word the paper would quietly
    /// fall back to another font.
    /// </summary>
    private static void WarnOfUnusableFonts(IEnumerable<string> folders, FontResolver resolver, Action<string, Model.Origin?> warn)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var within = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
            var refused = resolver.Refused.Where(r => r.Key.StartsWith(within, StringComparison.Ordinal)).Select(r => (File: r.Key, Reason: r.Value)).OrderBy(r => r.File, StringComparer.Ordinal);
            foreach (var (file, reason) in FontCatalog.Of(folder).Unusable.Concat(refused))
            {
                warn($"the font {Diagnostics.PrintablePath.Of(file)} is not used: {reason}", null);
            }
        }
    }

    /// <inheritdoc />
    public PageMap Paginate(RenderInput input)
    {
        var (layout, fonts, styles) = Prepare(input, null);
        PageMap? pages = null;
        Run(() =>
        {
            var first = FirstPass(layout);
            var widest = layout.Labels.MaxBy(l => l.Length) ?? "1";
            pages = first with { Furniture = layout.Templates.Select((t, i) => t.FittedFurniture(widest, first.CountIn(i))).ToList() };
            _firstPasses.AddOrUpdate(pages, new FirstPassState(styles, fonts, new Dictionary<int, double>(layout.Reserves)));
        });
        return pages!;
    }

    /// <summary>A new font book over the pack's, the configured and (unless turned off) the system's fonts.</summary>
    private FontBook FontsFor(RenderInput input)
    {
        var extra = (Environment.GetEnvironmentVariable(FontsVariable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new FontBook(FontResolver.For(input.FontFolders.Concat(extra), UseSystemFonts));
    }

    private (DocumentLayout Layout, FontBook Fonts, PdfStyles Styles) Prepare(RenderInput input, FirstPassState? earlier)
    {
        var styles = earlier?.Styles ?? new PdfStyles(input.StyleSheet);
        var fonts = earlier?.Fonts ?? FontsFor(input);
        IPdfBlockRenderer[] blocks = [.. BlockRenderers, .. input.ComponentRenderers.OfType<IPdfBlockRenderer>()];
        IPdfInlineRenderer[] inlines = [.. InlineRenderers, .. input.ComponentRenderers.OfType<IPdfInlineRenderer>()];
        return (new DocumentLayout(input.Document, () => new PdfRenderContext(input.Document, styles, fonts, blocks, inlines)), fonts, styles);
    }

    /// <summary>The pass that draws nothing: the page count and the printed page number of every destination.</summary>
    private static PageMap FirstPass(DocumentLayout layout)
    {
        var probe = new ProbeCanvas();
        var count = layout.Run(probe, null);
        var labels = layout.Labels.ToList();
        var destinations = probe.Destinations
            .Where(d => d.Value >= 1 && d.Value <= labels.Count)
            .ToDictionary(d => d.Key, d => labels[d.Value - 1], StringComparer.Ordinal);
        return new PageMap(count, destinations) { Counts = [.. layout.Counts] };
    }

    /// <summary>Runs a layout step, turning what stops it into a <see cref="RenderException"/> the user can act on.</summary>
    private static void Run(Action step)
    {
        try
        {
            step();
        }
        catch (FontNotFoundException e)
        {
            throw new RenderException(e.Message);
        }
        catch (PageLimitException e)
        {
            throw new RenderException(e.Message);
        }
        catch (FontNotEmbeddableException e)
        {
            throw new RenderException(e.Message);
        }
    }

    /// <summary>
    /// One warning per place in the data that holds characters no installed font has, so the user
    /// can see which field to change (or which font to install).
    /// </summary>
    private static void WarnOfMissingCharacters(IReadOnlyCollection<int> missing, Model.Document document, Action<string, Model.Origin?> warn)
    {
        foreach (var (listed, origin) in MissingByPlace(missing, document))
        {
            warn($"no installed font has {listed}; they show as empty boxes. "
                + "Install a font that has them (on Debian: fonts-noto-core, fonts-noto-cjk, fonts-symbola), or put one in the template pack's fonts/ folder.", origin);
        }
    }

    /// <summary>The missing characters grouped by the data that holds them, each group listed for a message.</summary>
    private static List<(string Characters, Model.Origin? Origin)> MissingByPlace(IReadOnlyCollection<int> missing, Model.Document document)
    {
        if (missing.Count == 0)
        {
            return [];
        }

        var texts = document.Sections.SelectMany(Model.ModelWalker.DescendantsAndSelf).OfType<Model.Inline>()
            .Where(i => i is Model.Text or Model.Code).Select(i => (i.PlainText, i.Origin)).ToList();
        Model.Origin? OriginOf(int codePoint)
        {
            var character = char.ConvertFromUtf32(codePoint);
            return texts.FirstOrDefault(t => t.PlainText.Contains(character, StringComparison.Ordinal)).Origin;
        }

        return [.. missing.OrderBy(c => c).GroupBy(OriginOf).Select(group =>
        {
            var listed = string.Join(", ", group.Take(8).Select(c => $"U+{c:X4} \"{char.ConvertFromUtf32(c)}\""));
            var more = group.Count() > 8 ? $" and {group.Count() - 8} more" : "";
            return (listed + more, group.Key);
        })];
    }
}
