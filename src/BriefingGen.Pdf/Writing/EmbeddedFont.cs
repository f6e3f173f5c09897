namespace BriefingGen.Pdf.Writing;

/// <summary>A font as written to the file: its resource name and how its glyph ids were renumbered by subsetting.</summary>
/// <param name="ResourceName">The name pages use for it, e.g. F1.</param>
/// <param name="ObjectNumber">The Type0 font dictionary's object number.</param>
/// <param name="NewGlyphIds">Original glyph id to subset glyph id (which is also the CID).</param>
internal sealed record EmbeddedFont(string ResourceName, int ObjectNumber, IReadOnlyDictionary<uint, uint> NewGlyphIds);
