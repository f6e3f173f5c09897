namespace BriefingGen.Model;

/// <summary>The picture encodings documents can embed.</summary>
public enum ImageFormat
{
    /// <summary>Portable Network Graphics.</summary>
    Png,

    /// <summary>JPEG (JFIF or Exif).</summary>
    Jpeg,

    /// <summary>
    /// Scalable Vector Graphics: the bytes are the clean SVG written from the picture's
    /// <see cref="ImageData.Vector"/> drawing, which renderers draw as vectors.
    /// </summary>
    Svg,
}
