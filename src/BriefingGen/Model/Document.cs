namespace BriefingGen.Model;

/// <summary>
/// A whole paper as the renderers see it: the metadata written to the file's properties and one or
/// more sections, each with its own page layout, running header and footer and page numbering.
/// Nothing in it knows about YAML, Scriban, Word or PDF.
/// </summary>
/// <param name="Metadata">Title, author, date, language, classification and the like.</param>
/// <param name="Sections">The sections in reading order; there is always at least one.</param>
public sealed record Document(DocumentMetadata Metadata, IReadOnlyList<Section> Sections)
{
    /// <summary>Every section's blocks in reading order.</summary>
    public IEnumerable<Block> Blocks => Sections.SelectMany(s => s.Blocks);
}
