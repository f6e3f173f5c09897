using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Templates;

namespace BriefingGen;

/// <summary>
/// The library's entry point: a template pack that turns data files into papers.
/// <code>
/// var result = BriefingGenerator.FromPack("templates/policy-brief")
///     .Render("brief.yaml", new BriefingOptions { Renderers = [new WordRenderer()] });
/// </code>
/// Mistakes in the data or the pack come back as <see cref="BriefingResult.Diagnostics"/>, never
/// as exceptions.
/// </summary>
public sealed class BriefingGenerator
{
    private readonly TemplatePack? _pack;
    private readonly IReadOnlyList<Diagnostic> _packDiagnostics;

    private BriefingGenerator(TemplatePack? pack, IReadOnlyList<Diagnostic> packDiagnostics)
    {
        _pack = pack;
        _packDiagnostics = packDiagnostics;
    }

    /// <summary>The loaded pack, or null when it could not be loaded (see <see cref="PackDiagnostics"/>).</summary>
    public TemplatePack? Pack => _pack;

    /// <summary>Problems found while loading the pack.</summary>
    public IReadOnlyList<Diagnostic> PackDiagnostics => _packDiagnostics;

    /// <summary>Loads the pack in <paramref name="directory"/>; a broken pack reports itself on first use.</summary>
    public static BriefingGenerator FromPack(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var pack = TemplatePack.Load(directory, diagnostics);
        return new BriefingGenerator(pack, diagnostics.Items);
    }

    /// <summary>Reads and checks a data file against the pack's schema, writing nothing.</summary>
    public IReadOnlyList<Diagnostic> Validate(string dataPath, DataLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        LoadData(dataPath, limits ?? DataLimits.Default, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Makes the paper from <paramref name="dataPath"/> in every format the options name.</summary>
    public BriefingResult Render(string dataPath, BriefingOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var data = LoadData(dataPath, options.DataLimits, diagnostics);
        if (data is null || _pack is null)
        {
            return new BriefingResult(null, [], diagnostics.Items);
        }

        var composed = TemplateComposer.Compose(_pack, data, options.TemplateLimits, diagnostics);
        if (composed is null)
        {
            return new BriefingResult(null, [], diagnostics.Items);
        }

        var dataFolder = Path.GetDirectoryName(Path.GetFullPath(dataPath))!;
        var images = new ImageLoader([_pack.Directory, dataFolder]);
        var blocks = MarkdownConverter.Convert(composed.Markdown, _pack.MainTemplatePath, images, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BriefingResult(null, [], diagnostics.Items) { Markdown = composed.Markdown };
        }

        var document = new Document(MetadataReader.Read(data, composed.Culture), composed.Furniture, blocks);
        var input = new RenderInput(document, _pack.Theme, _pack.ReferenceDocPath) { FontFolders = FontFolders(options) };
        var outputs = new List<RenderedOutput>();
        foreach (var renderer in options.Renderers)
        {
            using var stream = new MemoryStream();
            try
            {
                var format = renderer.Format;
                renderer.Render(input with { Warn = message => diagnostics.Warning(SourceLocation.OfFile(dataPath), "", $"{format}: {message}") }, stream);
            }
            catch (RenderException e)
            {
                diagnostics.Error(SourceLocation.OfFile(dataPath), "", $"cannot write {renderer.Format}: {e.Message}");
                return new BriefingResult(null, [], diagnostics.Items) { Markdown = composed.Markdown };
            }

            outputs.Add(new RenderedOutput(renderer.Format, renderer.Extension, stream.ToArray()));
        }

        return new BriefingResult(document, outputs, diagnostics.Items) { Markdown = composed.Markdown };
    }

    /// <summary>The pack's fonts/ folder, then the folders the options name.</summary>
    private IReadOnlyList<string> FontFolders(BriefingOptions options) =>
        [.. new[] { Path.Combine(_pack!.Directory, "fonts") }.Where(Directory.Exists), .. options.FontFolders];

    private DataNode? LoadData(string dataPath, DataLimits limits, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(_packDiagnostics);
        if (_pack is null)
        {
            return null;
        }

        var read = DataLoader.Load(dataPath, limits);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        SchemaValidator.Validate(read.Root!, _pack.Schema, diagnostics);
        return diagnostics.HasErrors ? null : read.Root;
    }
}
