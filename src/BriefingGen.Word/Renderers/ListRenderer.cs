using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A list as Word numbering: bullets share one numbering instance; each ordered list gets its own,
/// so it restarts at its first number. Nesting raises the numbering level.
/// </summary>
internal sealed class ListRenderer : WordBlockRenderer<ListBlock>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(ListBlock block, WordRenderContext context, WordScope scope)
    {
        var level = scope.ListDepth;
        var numId = block.Ordered ? context.Numbering.NewOrderedList(level, block.Start) : context.Numbering.BulletId;
        var inner = scope with
        {
            ListDepth = level + 1,
            NumberingId = numId,
            ListIndent = Units.PtToTwips(context.StyleSheet.ListLevel(block.Ordered, level).TextIndent),
        };
        foreach (var item in block.Items)
        {
            var blocks = item.Blocks.Count > 0 ? item.Blocks : [new Model.Paragraph([])];
            for (var i = 0; i < blocks.Count; i++)
            {
                foreach (var element in context.RenderBlocks([blocks[i]], inner with { FirstInItem = i == 0 }))
                {
                    yield return element;
                }
            }
        }
    }
}
