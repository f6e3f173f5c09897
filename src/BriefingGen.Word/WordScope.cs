namespace BriefingGen.Word;

/// <summary>
/// Where a block is being rendered: in a table cell, a header row, a list, a footnote, a callout.
/// Renderers pass a changed copy down (<c>scope with { … }</c>) instead of mutating shared state.
/// </summary>
internal sealed record WordScope
{
    /// <summary>The top level of the body.</summary>
    public static WordScope Body { get; } = new();

    /// <summary>A paragraph style that replaces the role's own (table text, footnote text…), or null.</summary>
    public string? ParagraphStyle { get; init; }

    /// <summary>A text colour forced on every run (RRGGBB), e.g. on a shaded cell, or null.</summary>
    public string? TextColor { get; init; }

    /// <summary>Nesting depth of lists, 0 outside any list.</summary>
    public int ListDepth { get; init; }

    /// <summary>The numbering instance of the innermost list, or null outside lists.</summary>
    public int? NumberingId { get; init; }

    /// <summary>The left indent of the innermost list's text, in twips, for an item's later paragraphs.</summary>
    public int ListIndent { get; init; }

    /// <summary>True while rendering the first paragraph of a list item, which carries the number or bullet.</summary>
    public bool FirstInItem { get; init; }

    /// <summary>Horizontal alignment forced on paragraphs (table cells), or null.</summary>
    public DocumentFormat.OpenXml.Wordprocessing.JustificationValues? Alignment { get; init; }
}
