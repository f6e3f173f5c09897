namespace BriefingGen.Pdf.Layout;

/// <summary>What an element's measure says it would do in the space offered.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing left to draw; takes no space.</summary>
    Empty,

    /// <summary>Nothing fits here; try the next page.</summary>
    Wrap,

    /// <summary>Part fits; more follows on the next page.</summary>
    Partial,

    /// <summary>Everything left fits.</summary>
    Full,
}

/// <summary>The answer of <see cref="Element.Measure"/>: what would happen and how much height it would use.</summary>
/// <param name="Kind">Whether nothing, part or all would be drawn.</param>
/// <param name="Height">The height used, in points.</param>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Height)
{
    /// <summary>Nothing to draw.</summary>
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0);

    /// <summary>Nothing fits.</summary>
    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0);

    /// <summary>Part fits, using <paramref name="height"/>.</summary>
    public static SpacePlan Partial(double height) => new(SpacePlanKind.Partial, height);

    /// <summary>All fits, using <paramref name="height"/>.</summary>
    public static SpacePlan Full(double height) => new(SpacePlanKind.Full, height);

    /// <summary>True when something would be drawn.</summary>
    public bool Draws => Kind is SpacePlanKind.Partial or SpacePlanKind.Full;

    /// <summary>True when the element would be finished afterwards.</summary>
    public bool Finishes => Kind is SpacePlanKind.Full or SpacePlanKind.Empty;
}
