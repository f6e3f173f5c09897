using BriefingGen.Html.PlainText;
using BriefingGen.Model;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>The grid in plain text: its title, then in words where every risk sits and how the bands are scored.</summary>
internal sealed class RiskMatrixTextRenderer : IPlainTextBlockRenderer
{
    /// <inheritdoc />
    public Type BlockType => typeof(RiskMatrix);

    /// <inheritdoc />
    public IEnumerable<string> Lines(Block block, PlainTextWriter writer, int width)
    {
        var matrix = (RiskMatrix)block;
        return [matrix.Title + ":", .. PlainTextWriter.Wrap(matrix.Description, width)];
    }
}
