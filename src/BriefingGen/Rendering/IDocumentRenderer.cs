namespace BriefingGen.Rendering;

/// <summary>
/// Stage 4: one output format. Renderers live in their own assemblies (Word, PDF) and see only the
/// document model and the stylesheet, never the data or the templates. One instance serves many
/// papers, on many threads at once: whatever it caches (fonts, say) it must share safely.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>The format's name on the command line, e.g. <c>docx</c>.</summary>
    string Format { get; }

    /// <summary>The file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>
    /// True when the format prints page facts it cannot work out itself (contents page numbers,
    /// the page count), so the engine should give it a <see cref="RenderInput.Pages"/>.
    /// </summary>
    bool UsesPageMap => false;

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    void Render(RenderInput input, Stream output);
}
