namespace BriefingGen.Rendering;

/// <summary>
/// A renderer that lays the paper out in pages itself (the PDF engine), and so can tell the other
/// formats where each page breaks. The engine asks it once per paper, before any format is written.
/// </summary>
public interface IPaginatingRenderer : IDocumentRenderer
{
    /// <summary>Lays <paramref name="input"/> out without writing it and reports what the pages hold.</summary>
    PageMap Paginate(RenderInput input);
}
