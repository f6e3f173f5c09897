using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout.Wrappers;

/// <summary>
/// Puts what its child draws in a structure element of the tagged PDF (a paragraph, a list item,
/// a table cell): on every page the child continues on, its content joins the same element.
/// </summary>
/// <param name="tag">The structure element.</param>
/// <param name="child">What it holds.</param>
internal sealed class TaggedElement(StructureNode tag, Element child) : WrapperElement(child)
{
    /// <summary>The structure element.</summary>
    public StructureNode Tag { get; } = tag;

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        context.Canvas.BeginTag(Tag);
        Child.Draw(context, area);
        context.Canvas.EndTag();
    }
}
