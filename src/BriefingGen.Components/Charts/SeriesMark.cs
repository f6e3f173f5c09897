namespace BriefingGen.Components.Charts;

/// <summary>How one series is drawn.</summary>
public enum SeriesMark
{
    /// <summary>A bar (column or horizontal bar) per category.</summary>
    Bar,

    /// <summary>A line joining a marker per category.</summary>
    Line,
}
