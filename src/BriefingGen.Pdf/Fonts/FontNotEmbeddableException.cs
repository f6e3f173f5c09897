namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// HarfBuzz could not cut a face down to the glyphs a paper uses: the font file is damaged in a
/// way that loading and shaping did not show. The PDF cannot embed it, and says which file it is.
/// </summary>
internal sealed class FontNotEmbeddableException(string message) : Exception(message);
