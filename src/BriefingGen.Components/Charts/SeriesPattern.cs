namespace BriefingGen.Components.Charts;

/// <summary>
/// The white hatching over a bar series' colour, so that series differ by more than colour (WCAG
/// 1.4.1): the first is solid, the rest hatched, each with its own direction.
/// </summary>
internal enum SeriesPattern
{
    /// <summary>Plain colour.</summary>
    Solid,

    /// <summary>Lines rising to the right.</summary>
    UpDiagonal,

    /// <summary>Horizontal lines.</summary>
    Horizontal,

    /// <summary>Lines falling to the right.</summary>
    DownDiagonal,

    /// <summary>Vertical lines.</summary>
    Vertical,

    /// <summary>Both diagonals.</summary>
    Cross,
}
