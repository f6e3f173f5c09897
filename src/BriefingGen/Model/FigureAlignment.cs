namespace BriefingGen.Model;

/// <summary>Where a figure stands across the text width.</summary>
public enum FigureAlignment
{
    /// <summary>Centred, as figures usually are.</summary>
    Center,

    /// <summary>Against the left margin, as a logo on a cover.</summary>
    Left,

    /// <summary>Against the right margin.</summary>
    Right,
}
