using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>A font as written to the file: its resource name and how its glyph ids were renumbered by subsetting.</summary>
/// <param name="ResourceName">The name pages use for it, e.g. F1.</param>
/// <param name="Reference">The Type0 font dictionary.</param>
/// <param name="NewGlyphIds">Original glyph id to subset glyph id (which is also the CID).</param>
internal sealed record EmbeddedFont(string ResourceName, PdfReference Reference, IReadOnlyDictionary<uint, uint> NewGlyphIds);
