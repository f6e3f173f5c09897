namespace BriefingGen.Model;

/// <summary>The picture encodings documents can embed as they are.</summary>
public enum ImageFormat
{
    /// <summary>Portable Network Graphics.</summary>
    Png,

    /// <summary>JPEG (JFIF or Exif).</summary>
    Jpeg,
}
