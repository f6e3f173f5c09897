namespace BriefingGen.Model;

/// <summary>
/// The text that runs in every page's header and footer of a section. Each is a line of inlines:
/// data text stays literal text, and only the pack's own placeholders become
/// <see cref="PageNumber"/> and <see cref="PageCount"/> fields. The header may also hold a logo.
/// </summary>
/// <param name="HeaderLeft">Header text at the left margin.</param>
/// <param name="HeaderRight">Header text at the right margin.</param>
/// <param name="FooterLeft">Footer text at the left margin.</param>
/// <param name="FooterRight">Footer text at the right margin, typically "Page 1 of 4".</param>
public sealed record PageFurniture(IReadOnlyList<Inline> HeaderLeft, IReadOnlyList<Inline> HeaderRight, IReadOnlyList<Inline> FooterLeft, IReadOnlyList<Inline> FooterRight)
{
    /// <summary>No header or footer text.</summary>
    public static PageFurniture Empty { get; } = new([], [], [], []);

    /// <summary>A picture at one side of the header on every page, or null for none.</summary>
    public HeaderLogo? HeaderLogo { get; init; }

    /// <summary>Every inline of the four texts, for walking the model.</summary>
    public IEnumerable<Node> Children => [.. HeaderLeft, .. HeaderRight, .. FooterLeft, .. FooterRight];
}
