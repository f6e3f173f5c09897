namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A piece of layout. <see cref="Measure"/> is pure and repeatable: it says what would happen in
/// the space offered. <see cref="Draw"/> draws that much and advances the element's progress, so
/// the next page continues where this one stopped. Pagination rules (keep with next, keep
/// together) and what the drawing means (a structure element, an artifact) are wrapper elements
/// around the element they govern, in <c>Wrappers/</c>.
/// </summary>
internal abstract class Element
{
    /// <summary>Space above the element, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below the element.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>What would be drawn in <paramref name="available"/> space.</summary>
    public abstract SpacePlan Measure(Size available);

    /// <summary>
    /// The narrowest width, points, at which no line of the element wraps; infinity when the
    /// element fills whatever width it is given (an image, a list, a table). A table gives a
    /// column the room its cells do not need only when this is known for all of them.
    /// </summary>
    public virtual double NaturalWidth() => double.PositiveInfinity;

    /// <summary>Draws into <paramref name="area"/>, whose height is what <see cref="Measure"/> said, and advances.</summary>
    public abstract void Draw(DrawContext context, Area area);
}
