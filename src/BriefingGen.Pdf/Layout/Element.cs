using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A piece of layout. <see cref="Measure"/> is pure and repeatable: it says what would happen in
/// the space offered. <see cref="Draw"/> draws that much and advances the element's progress, so
/// the next page continues where this one stopped. Pagination rules are wrappers or flags read by
/// the column that holds the element, not special cases in the page loop.
/// </summary>
internal abstract class Element
{
    /// <summary>Space above the element, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below the element.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>True when the element must start on the same page as the one that follows it (headings).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// The element's place in the tagged PDF's structure tree (a paragraph, a table cell…), or null
    /// when its content belongs to the element around it. What it draws on any page goes there.
    /// </summary>
    public StructureNode? Tag { get; init; }

    /// <summary>What would be drawn in <paramref name="available"/> space.</summary>
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws into <paramref name="area"/>, whose height is what <see cref="Measure"/> said, and advances.</summary>
    public void Draw(DrawContext context, Area area)
    {
        if (Tag is null)
        {
            DrawContent(context, area);
            return;
        }

        context.Canvas.BeginTag(Tag);
        DrawContent(context, area);
        context.Canvas.EndTag();
    }

    /// <summary>Draws the element itself; <see cref="Draw"/> puts it in its place in the structure tree.</summary>
    protected abstract void DrawContent(DrawContext context, Area area);
}
