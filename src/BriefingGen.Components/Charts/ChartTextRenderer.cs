using BriefingGen.Html.PlainText;
using BriefingGen.Model;

namespace BriefingGen.Components.Charts;

/// <summary>The chart in plain text: what it shows, in words, with every value.</summary>
internal sealed class ChartTextRenderer : IPlainTextBlockRenderer
{
    /// <inheritdoc />
    public Type BlockType => typeof(Chart);

    /// <inheritdoc />
    public IEnumerable<string> Lines(Block block, PlainTextWriter writer, int width) =>
        PlainTextWriter.Wrap(((Chart)block).Description, width);
}
