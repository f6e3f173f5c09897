using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Packs;

namespace BriefingGen.Compose;

/// <summary>
/// What the compose stage hands on: the paper's Markdown with slot marks where values and
/// components stand, the slots themselves, the furniture and metadata, and the culture.
/// </summary>
/// <param name="Markdown">The template's output: the pack's Markdown with slot marks.</param>
/// <param name="Slots">The slots the marks stand for.</param>
/// <param name="Furniture">The pack's header and footer texts.</param>
/// <param name="Metadata">The document's properties, from the pack's metadata mapping.</param>
/// <param name="Culture">The document's culture.</param>
/// <param name="Labels">The pack's labels in that culture.</param>
internal sealed record ComposedPaper(string Markdown, SlotTable Slots, PageFurniture Furniture, DocumentMetadata Metadata, CultureInfo Culture, PackLabels Labels)
{
    /// <summary>The header logo the pack asked for, or null.</summary>
    public HeaderLogoRequest? HeaderLogo { get; init; }
}
