namespace BriefingGen.Styling;

/// <summary>How the lines of a paragraph sit between its indents.</summary>
public enum ParagraphAlignment
{
    /// <summary>Flush left, ragged right.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Flush on both sides.</summary>
    Justify,
}
