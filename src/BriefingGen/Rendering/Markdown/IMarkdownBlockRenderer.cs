using BriefingGen.Model;

namespace BriefingGen.Rendering.Markdown;

/// <summary>Writes a component's block kind as Markdown; a component registers one with its other renderers.</summary>
public interface IMarkdownBlockRenderer
{
    /// <summary>The block kind it writes.</summary>
    Type BlockType { get; }

    /// <summary>Writes <paramref name="block"/>.</summary>
    void Write(Block block, MarkdownWriter writer);
}
