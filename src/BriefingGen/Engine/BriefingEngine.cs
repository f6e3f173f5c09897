using BriefingGen.Compose;
using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using BriefingGen.Extensions;
using BriefingGen.Images;
using BriefingGen.IO;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Packs;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Markdown;
using BriefingGen.Styling;
using BriefingGen.Typography;

namespace BriefingGen.Engine;

/// <summary>
/// The library's entry point: one template pack, loaded once, that turns data into papers.
/// Templates are parsed, labels read and the stylesheet resolved once; renderers keep their own
/// caches (fonts are scanned once per process). It is safe to call from many threads at once.
/// <code>
/// var engine = BriefingEngine.Load("templates/policy-brief", new EngineOptions { Renderers = [new WordRenderer(), new PdfRenderer()] });
/// var result = engine.Render(DataSource.FromFile("brief.yaml"), "docx", "pdf");
/// </code>
/// Mistakes in the data or the pack come back as <see cref="BriefingResult.Diagnostics"/>, never as exceptions.
/// </summary>
public sealed class BriefingEngine
{
    private readonly EngineOptions _options;
    private readonly IReadOnlyList<IDocumentRenderer> _renderers;

    /// <summary>1 once the writers have rehearsed (see <see cref="WriterRehearsal"/>); an engine rehearses once.</summary>
    private int _rehearsed;

    private BriefingEngine(TemplatePack? pack, StyleSheet? styleSheet, IReadOnlyList<Diagnostic> packDiagnostics, EngineOptions options)
    {
        Pack = pack;
        StyleSheet = styleSheet;
        PackDiagnostics = packDiagnostics;
        _options = options;
        _renderers = [new MarkdownRenderer(), .. options.Renderers];
    }

    /// <summary>The loaded pack, or null when it could not be loaded (see <see cref="PackDiagnostics"/>).</summary>
    public TemplatePack? Pack { get; }

    /// <summary>
    /// The looks every format uses: the pack's theme, with its reference.docx applied by the
    /// renderers that read such files. Null when the pack could not be loaded.
    /// </summary>
    public StyleSheet? StyleSheet { get; }

    /// <summary>Problems found while loading the pack.</summary>
    public IReadOnlyList<Diagnostic> PackDiagnostics { get; }

    /// <summary>The formats this engine can write, by name.</summary>
    public IReadOnlyList<string> Formats => _renderers.Select(r => r.Format).ToList();

    /// <summary>Loads the pack in <paramref name="packDirectory"/>; a broken pack reports itself on every use.</summary>
    public static BriefingEngine Load(string packDirectory, EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        var diagnostics = new DiagnosticBag();
        var pack = TemplatePack.Load(packDirectory, options.Extensions, diagnostics, options.BrandDirectory, options.ImageLimits);
        var sheet = pack?.StyleSheet;
        if (pack?.ReferenceDocPath is { } reference)
        {
            foreach (var source in options.Renderers.OfType<IStyleSheetSource>())
            {
                sheet = source.Apply(sheet!, reference, diagnostics);
            }
        }

        var broken = diagnostics.HasErrors;
        return new BriefingEngine(broken ? null : pack, broken ? null : sheet, diagnostics.Items, options);
    }

    /// <summary>
    /// Reads the data, checks it against the pack's schema and composes the paper, writing
    /// nothing: what a render would refuse in the data — its Markdown, markings, pictures, what
    /// the templates make of it, what a writer's standard forbids (<see cref="IPreflightRenderer"/>)
    /// — is refused here too, so "valid" means the paper can be made. Only the writers' own limits,
    /// met while laying out pages, are left to <see cref="Render(DataSource, string[])"/>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate(DataSource source)
    {
        var diagnostics = new DiagnosticBag();
        if (LoadData(source, diagnostics) is { } data && Compose(data, source, diagnostics) is { } document)
        {
            Preflight(InputFor(document, data), source.Name, diagnostics);
        }

        return diagnostics.Items;
    }

    /// <summary>What the engine's writers would refuse in the paper, found without writing it (<see cref="IPreflightRenderer"/>).</summary>
    private void Preflight(RenderInput input, string sourceName, DiagnosticBag diagnostics)
    {
        foreach (var renderer in _renderers.OfType<IPreflightRenderer>())
        {
            try
            {
                renderer.Preflight(input);
            }
            catch (RenderException e)
            {
                Refused(diagnostics, renderer.Format, e, sourceName);
            }
        }
    }

    /// <summary>A writer's refusal, reported at the data it comes from.</summary>
    private static void Refused(DiagnosticBag diagnostics, string format, RenderException refusal, string sourceName) =>
        diagnostics.Error(refusal.Origin?.Location ?? SourceLocation.OfFile(sourceName), refusal.Origin?.Path ?? "", $"cannot write {format}: {refusal.Message}");

    /// <summary>True once the engine's writers have rehearsed, or are rehearsing (see <see cref="WriterRehearsal"/>).</summary>
    public bool HasRehearsed => Volatile.Read(ref _rehearsed) == 1;

    /// <summary>
    /// Lets every writer of the engine rehearse now, on the thread pool, unless they have: a service
    /// that loads a pack and waits for requests calls this, so its first preview is as quick as the
    /// ones after it. Nothing is written or reported.
    /// </summary>
    public void Rehearse() => Rehearse(_renderers);

    private void Rehearse(IReadOnlyList<IDocumentRenderer> renderers)
    {
        if (Pack is { } loaded && Interlocked.Exchange(ref _rehearsed, 1) == 0)
        {
            WriterRehearsal.Start(loaded, document => InputFor(document, data: null), PaginatorFor(renderers), renderers);
        }
    }

    /// <summary>Makes the paper from <paramref name="source"/> in each of <paramref name="formats"/> (none: compose and check only).</summary>
    public BriefingResult Render(DataSource source, params string[] formats) => Render(source, formats, writersAtOnce: 1);

    /// <summary>
    /// Makes the paper from <paramref name="source"/> in each of <paramref name="formats"/>, writing
    /// up to <paramref name="writersAtOnce"/> formats at the same time once the pages are laid out:
    /// a lone paper on a machine with idle cores gets its Word and PDF files side by side, and the
    /// engine's first such paper lets its writers rehearse while the data is read and composed
    /// (see <see cref="WriterRehearsal"/>). Outputs and diagnostics come in the order of
    /// <paramref name="formats"/> whatever the number.
    /// </summary>
    public BriefingResult Render(DataSource source, IReadOnlyList<string> formats, int writersAtOnce)
    {
        var diagnostics = new DiagnosticBag();
        var renderers = new List<IDocumentRenderer>();
        foreach (var format in formats)
        {
            var renderer = _renderers.FirstOrDefault(r => r.Format == format);
            if (renderer is null)
            {
                diagnostics.Error(SourceLocation.OfFile(source.Name), "", $"this engine cannot write '{format}'; it writes {string.Join(", ", Formats)}");
                return new BriefingResult(null, [], diagnostics.Items);
            }

            renderers.Add(renderer);
        }

        if (writersAtOnce > 1)
        {
            // The first paper of an engine with cores to spare: the writers rehearse while its data
            // is read and composed.
            Rehearse(renderers);
        }

        var data = LoadData(source, diagnostics);
        if (data is null)
        {
            return new BriefingResult(null, [], diagnostics.Items);
        }

        var document = Compose(data, source, diagnostics);
        if (document is null)
        {
            return new BriefingResult(null, [], diagnostics.Items) { Data = data };
        }

        var input = InputFor(document, data);
        try
        {
            input = Paginate(input, renderers);
        }
        catch (RenderException e)
        {
            diagnostics.Error(e.Origin?.Location ?? SourceLocation.OfFile(source.Name), e.Origin?.Path ?? "", $"cannot lay out the pages: {e.Message}");
            return new BriefingResult(null, [], diagnostics.Items) { Data = data };
        }

        var written = new (RenderedOutput? Output, DiagnosticBag Diagnostics)[renderers.Count];
        void WriteOne(int i) => written[i] = Write(renderers[i], input, source.Name);
        if (writersAtOnce > 1 && renderers.Count > 1)
        {
            try
            {
                Parallel.For(0, renderers.Count, new ParallelOptions { MaxDegreeOfParallelism = writersAtOnce }, WriteOne);
            }
            catch (AggregateException e)
            {
                // A bug in a writer surfaces as itself, as it would have on one thread.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }
        else
        {
            for (var i = 0; i < renderers.Count; i++)
            {
                WriteOne(i);
                if (written[i].Output is null)
                {
                    break;
                }
            }
        }

        // Merged in the order asked for, up to the first format that could not be written: the
        // same result whether the formats were written one after another or side by side.
        var outputs = new List<RenderedOutput>();
        foreach (var (output, formatDiagnostics) in written)
        {
            diagnostics.AddRange(formatDiagnostics.Items);
            if (output is null)
            {
                return new BriefingResult(null, [], diagnostics.Items) { Data = data };
            }

            outputs.Add(output);
        }

        return new BriefingResult(document, outputs, diagnostics.Items) { Data = data };
    }

    /// <summary>What every format is given to write <paramref name="document"/>, made from <paramref name="data"/> when there is any.</summary>
    private RenderInput InputFor(Document document, DataNode? data)
    {
        var pack = Pack!;
        return new RenderInput(document, StyleSheet!)
        {
            ComponentRenderers = pack.Extensions.Renderers,
            ReferenceDocPath = pack.ReferenceDocPath,
            PdfStandard = pack.Manifest.PdfStandard,
            FontFolders = [.. pack.FontFolders, .. _options.FontFolders],
            SourceData = data is null ? null : new PaperData(data, pack.Schema, pack.Manifest.Name, pack.Manifest.Version),
        };
    }

    /// <summary>One format written, with its own diagnostics; no output when it could not be.</summary>
    private static (RenderedOutput? Output, DiagnosticBag Diagnostics) Write(IDocumentRenderer renderer, RenderInput input, string sourceName)
    {
        var diagnostics = new DiagnosticBag();
        var format = renderer.Format;
        using var stream = PooledStreams.Get();
        try
        {
            renderer.Render(input with { Warn = (message, origin) => diagnostics.Warning(origin?.Location ?? SourceLocation.OfFile(sourceName), origin?.Path ?? "", $"{format}: {message}") }, stream);
        }
        catch (RenderException e)
        {
            Refused(diagnostics, format, e, sourceName);
            return (null, diagnostics);
        }

        return (new RenderedOutput(format, renderer.Extension, PooledStreams.ToArray(stream)), diagnostics);
    }

    /// <summary>
    /// Lays the pages out once, when a format asked for prints page facts or is itself the paginating
    /// one, so that every format shows the same page numbers and the same shortened running texts.
    /// </summary>
    private RenderInput Paginate(RenderInput input, IReadOnlyList<IDocumentRenderer> renderers)
    {
        if (PaginatorFor(renderers) is not { } paginator)
        {
            return input;
        }

        var pages = paginator.Paginate(input);
        return input with { Document = pages.WithFittedFurniture(input.Document), Pages = pages };
    }

    /// <summary>The renderer that lays out the pages for <paramref name="renderers"/>, or null when none of them needs pages.</summary>
    private IPaginatingRenderer? PaginatorFor(IReadOnlyList<IDocumentRenderer> renderers) =>
        renderers.Any(r => r.UsesPageMap || r is IPaginatingRenderer)
            ? renderers.OfType<IPaginatingRenderer>().FirstOrDefault() ?? _renderers.OfType<IPaginatingRenderer>().FirstOrDefault()
            : null;

    /// <summary>Stages 2 and 3: the data composed and read into the document model.</summary>
    private Document? Compose(DataNode data, DataSource source, DiagnosticBag diagnostics)
    {
        var pack = Pack!;
        var composed = TemplateComposer.Compose(pack, data, source.Name, _options.TemplateLimits, diagnostics);
        if (composed is null)
        {
            return null;
        }

        var images = new ImageLoader([pack.Directory, .. source.Folder is { } folder ? [folder] : Array.Empty<string>(), .. pack.Brand is { } brand ? [brand.Directory] : Array.Empty<string>()], _options.ImageLimits);
        var typesetter = new Typesetter(composed.Culture, pack.Manifest.TypographicPunctuation);
        var blocks = PaperReader.Read(composed.Markdown, composed.Slots, images, pack.MainTemplatePath, diagnostics, typesetter, composed.Labels.Texts.GetValueOrDefault("exhibit", "Exhibit"));
        var furniture = typesetter.Apply(composed.Furniture with { HeaderLogo = HeaderLogo(composed.HeaderLogo, images, pack.StyleSheet.Page, diagnostics) });
        var metadata = typesetter.Apply(composed.Metadata);
        (metadata, var marked) = Markings.MarkingStep.Apply(pack, data, metadata, blocks, composed.Culture, composed.Labels, diagnostics);
        var sections = SectionSplitter.Split(marked, pack.StyleSheet.Page, furniture, metadata, pack.MainTemplatePath, diagnostics);
        return diagnostics.HasErrors ? null : new Document(metadata, sections);
    }

    /// <summary>
    /// The header logo the pack asked for, loaded and proven whole, and no wider than a third of
    /// the header (beside it the header's texts must still fit); null for none or after an error at
    /// the value that named it.
    /// </summary>
    private static HeaderLogo? HeaderLogo(HeaderLogoRequest? request, ImageLoader images, PageLayout page, DiagnosticBag diagnostics)
    {
        if (request is null)
        {
            return null;
        }

        if (images.Load(request.Path, out var error) is not { } image)
        {
            diagnostics.Error(request.Origin.Location, request.Origin.Path, "header logo: " + error);
            return null;
        }

        var logo = new HeaderLogo(image, request.HeightMm, request.Side, request.AltText) { Origin = request.Origin };
        var header = page.ContentWidthMm;
        if (logo.WidthMm > header / 3)
        {
            diagnostics.Error(request.Origin.Location, request.Origin.Path, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"header logo: at {request.HeightMm:0.#} mm high the picture ({image.PixelWidth}×{image.PixelHeight} pixels) is {logo.WidthMm:0} mm wide, more than a third of the {header:0} mm header, and the header's texts would have no room; use a picture closer to square (a brand's mark), or a smaller header_logo_height"));
            return null;
        }

        return logo;
    }

    private DataNode? LoadData(DataSource source, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(PackDiagnostics);
        if (Pack is null)
        {
            return null;
        }

        var read = source.Read(_options.DataLimits);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        DataLimitChecker.Check(read.Root!, _options.DataLimits, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        SchemaValidator.Validate(read.Root!, Pack.Schema, diagnostics);
        var data = diagnostics.HasErrors ? null : read.Root;
        var context = new DataStepContext(source.Name, source.Folder, source.Baseline, _options.DataLimits, source.Flags);
        foreach (var step in Pack.Extensions.DataSteps)
        {
            data = data is null ? null : step.Apply(data, context, diagnostics);
            data = diagnostics.HasErrors ? null : data;
        }

        return data;
    }
}
