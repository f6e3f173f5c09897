namespace BriefingGen.Pdf.Layout.Wrappers;

/// <summary>An element that governs one child: it measures and draws as the child does, with the child's spacing, and adds one rule.</summary>
internal abstract class WrapperElement : Element
{
    /// <summary>Wraps <paramref name="child"/>, taking over its spacing.</summary>
    protected WrapperElement(Element child)
    {
        Child = child;
        SpaceBefore = child.SpaceBefore;
        SpaceAfter = child.SpaceAfter;
    }

    /// <summary>The element governed.</summary>
    public Element Child { get; }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override double NaturalWidth() => Child.NaturalWidth();

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area) => Child.Draw(context, area);
}
