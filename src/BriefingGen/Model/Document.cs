namespace BriefingGen.Model;

/// <summary>
/// A whole briefing paper as the renderers see it: metadata, page furniture and content blocks.
/// This closed set of immutable records is the contract between the library and every output
/// format; nothing in it knows about YAML, Scriban, Word or PDF.
/// </summary>
/// <param name="Metadata">Title, author, date, language, classification and the like.</param>
/// <param name="Furniture">Header and footer texts.</param>
/// <param name="Blocks">The content, in reading order.</param>
public sealed record Document(DocumentMetadata Metadata, PageFurniture Furniture, IReadOnlyList<Block> Blocks);
