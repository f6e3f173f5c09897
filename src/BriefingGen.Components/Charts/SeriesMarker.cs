namespace BriefingGen.Components.Charts;

/// <summary>The shape at each value of a line series, one per series, so lines differ by more than colour.</summary>
internal enum SeriesMarker
{
    /// <summary>A circle.</summary>
    Circle,

    /// <summary>A square.</summary>
    Square,

    /// <summary>A triangle, point up.</summary>
    Triangle,

    /// <summary>A diamond.</summary>
    Diamond,

    /// <summary>A square turned into an X-like cross.</summary>
    Cross,

    /// <summary>A short dash.</summary>
    Dash,
}
