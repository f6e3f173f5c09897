using BriefingGen.Pdf.Fonts;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf;

/// <summary>
/// Stage 4b: renders the document model to PDF with our own layout engine and writer. Layout runs
/// twice: a first pass that draws nothing learns the page count and where each heading falls;
/// the second draws for real. Fonts are shaped with HarfBuzz and embedded as subsets.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer
{
    /// <summary>The environment variable naming extra font folders (separated like PATH).</summary>
    public const string FontsVariable = "BRIEFGEN_FONTS";

    /// <inheritdoc />
    public string Format => "pdf";

    /// <summary>False to use only the pack's and the configured font folders: tests use it to stand in for a bare machine.</summary>
    internal bool UseSystemFonts { get; init; } = true;

    /// <inheritdoc />
    public string Extension => ".pdf";

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output)
    {
        var extra = (Environment.GetEnvironmentVariable(FontsVariable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        using var resolver = new FontResolver(input.FontFolders.Concat(extra), UseSystemFonts);
        var styles = new PdfStyles(input.Theme);
        var fonts = new FontBook(resolver);
        var composer = new PageComposer(input.Document, styles, fonts);
        try
        {
            var probe = new ProbeCanvas();
            var pages = composer.Compose(Build(input, styles, fonts, composer), probe, 0, _ => null);

            var canvas = new PdfCanvas();
            composer.Compose(Build(input, styles, fonts, composer), canvas, pages, probe.PageOf);
            PdfDocumentWriter.Write(canvas, input.Document.Metadata, output);
            WarnOfMissingCharacters(fonts.Shaper.Missing, input.Warn);
        }
        catch (FontNotFoundException e)
        {
            throw new RenderException(e.Message);
        }
        catch (NotSupportedException e)
        {
            throw new RenderException(e.Message);
        }
    }

    private static Element Build(RenderInput input, PdfStyles styles, FontBook fonts, PageComposer composer) =>
        new DocumentBuilder(input.Document, styles, fonts, composer.ContentArea.Height).Build();

    private static void WarnOfMissingCharacters(IReadOnlyCollection<int> missing, Action<string> warn)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var listed = string.Join(", ", missing.Take(8).Select(c => $"U+{c:X4} \"{char.ConvertFromUtf32(c)}\""));
        var more = missing.Count > 8 ? $" and {missing.Count - 8} more" : "";
        warn($"no installed font has {listed}{more}; they show as empty boxes. "
            + "Install a font that has them (on Debian: fonts-noto-core, fonts-noto-cjk, fonts-symbola), or put one in the template pack's fonts/ folder.");
    }
}
