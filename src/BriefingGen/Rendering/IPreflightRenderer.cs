namespace BriefingGen.Rendering;

/// <summary>
/// A renderer that can tell, from the document model alone, what in a paper it would refuse to
/// write (a PDF standard's rules, say), so that <c>validate</c> refuses it too and "valid" keeps
/// meaning the paper can be made.
/// </summary>
public interface IPreflightRenderer : IDocumentRenderer
{
    /// <summary>Throws a <see cref="RenderException"/>, at the data it comes from, for the first thing <see cref="IDocumentRenderer.Render"/> would refuse.</summary>
    void Preflight(RenderInput input);
}
