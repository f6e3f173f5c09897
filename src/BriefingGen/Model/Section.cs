namespace BriefingGen.Model;

/// <summary>
/// A run of pages with one layout: the page size and margins, the running header and footer, the
/// page numbering and the metadata its furniture and banners show. Word writes a real section
/// break between sections; the PDF engine lays each out with its own page template.
/// </summary>
/// <param name="Blocks">The section's content.</param>
/// <param name="Layout">Page size, orientation and margins.</param>
/// <param name="Furniture">Header and footer texts.</param>
/// <param name="Numbering">How its pages are numbered.</param>
/// <param name="Metadata">What this section is about; its classification is the banner on its pages.</param>
public sealed record Section(IReadOnlyList<Block> Blocks, PageLayout Layout, PageFurniture Furniture, PageNumbering Numbering, DocumentMetadata Metadata) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [.. Blocks, .. Furniture.Children];
}
