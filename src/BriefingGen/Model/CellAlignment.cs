namespace BriefingGen.Model;

/// <summary>Horizontal alignment inside a table cell.</summary>
public enum CellAlignment
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right, for numbers.</summary>
    Right,
}
