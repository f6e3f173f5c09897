namespace BriefingGen.Images;

/// <summary>A PNG's colour type (PNG spec §11.2.2, IHDR): how its samples make a pixel.</summary>
internal enum PngColorType : byte
{
    /// <summary>One grey sample.</summary>
    Grey = 0,

    /// <summary>Red, green and blue samples.</summary>
    Rgb = 2,

    /// <summary>An index into the PLTE chunk.</summary>
    Palette = 3,

    /// <summary>A grey sample and an alpha sample.</summary>
    GreyAlpha = 4,

    /// <summary>Red, green, blue and alpha samples.</summary>
    Rgba = 6,
}
