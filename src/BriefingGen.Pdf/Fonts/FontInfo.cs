namespace BriefingGen.Pdf.Fonts;

/// <summary>What the catalog knows of one face without loading it: where it is, its family and style.</summary>
/// <param name="Path">The font file.</param>
/// <param name="FaceIndex">The face's index in a collection (.ttc), else 0.</param>
/// <param name="Family">The family name, e.g. "Carlito".</param>
/// <param name="Weight">The OS/2 weight class: 400 regular, 700 bold.</param>
/// <param name="Italic">True for italic or oblique faces.</param>
/// <param name="WidthClass">The OS/2 width class: 5 is normal, lower is condensed.</param>
internal sealed record FontInfo(string Path, int FaceIndex, string Family, int Weight, bool Italic, int WidthClass)
{
    /// <summary>True for faces a renderer should use for bold.</summary>
    public bool IsBold => Weight >= 600;
}
