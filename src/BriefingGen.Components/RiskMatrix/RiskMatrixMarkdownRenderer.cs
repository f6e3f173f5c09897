using System.Globalization;
using BriefingGen.Compose;
using BriefingGen.Model;
using BriefingGen.Rendering.Markdown;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>The grid as a Markdown table (likelihood down the side, impact along the top, ids in the cells), then its legend as a line of text.</summary>
internal sealed class RiskMatrixMarkdownRenderer : IMarkdownBlockRenderer
{
    /// <inheritdoc />
    public Type BlockType => typeof(RiskMatrix);

    /// <inheritdoc />
    public void Write(Block block, MarkdownWriter writer)
    {
        var matrix = (RiskMatrix)block;
        var impacts = Enumerable.Range(1, RiskMatrix.Size).Select(i => i.ToString(CultureInfo.InvariantCulture));
        writer.BeginBlock($"| {MarkdownEscaper.Escape(matrix.LikelihoodLabel)} ↓ / {MarkdownEscaper.Escape(matrix.ImpactLabel)} → | {string.Join(" | ", impacts)} |\n");
        writer.Raw("|---|" + string.Concat(Enumerable.Repeat(":---:|", RiskMatrix.Size)) + "\n");
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var row = likelihood;
            var cells = Enumerable.Range(1, RiskMatrix.Size)
                .Select(impact => string.Join(", ", matrix.Risks.Where(r => r.Likelihood == row && r.Impact == impact).Select(r => MarkdownEscaper.Escape(r.Id))));
            writer.Raw($"| {row} | {string.Join(" | ", cells)} |\n");
        }

        var bands = matrix.Legend.Select(b => $"{MarkdownEscaper.Escape(b.Name)} {b.Range}");
        writer.BeginBlock($"{MarkdownEscaper.Escape(matrix.LegendTitle)}: {string.Join(", ", bands)}\n");
    }
}
