namespace BriefingGen.Components.Charts;

/// <summary>How the bars of several series share a category.</summary>
public enum ChartLayout
{
    /// <summary>Side by side.</summary>
    Grouped,

    /// <summary>One on top of the other, adding up to the category's total.</summary>
    Stacked,
}
