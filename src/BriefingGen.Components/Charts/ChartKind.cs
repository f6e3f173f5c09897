namespace BriefingGen.Components.Charts;

/// <summary>What a chart draws its values as.</summary>
public enum ChartKind
{
    /// <summary>Vertical bars, categories along the bottom.</summary>
    Column,

    /// <summary>Horizontal bars, categories down the side: for long category names.</summary>
    Bar,

    /// <summary>Lines with a marker at each value, categories along the bottom.</summary>
    Line,

    /// <summary>Columns and lines together, the lines on a second value axis if they ask for it.</summary>
    Combo,
}
