namespace BriefingGen.Pdf.Layout;

/// <summary>How lines sit between a paragraph's margins.</summary>
internal enum TextAlignment
{
    /// <summary>Flush left, ragged right.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Flush on both sides except the last line.</summary>
    Justify,
}
