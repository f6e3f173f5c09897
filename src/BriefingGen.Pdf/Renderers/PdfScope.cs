using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// Where a block is being laid out: in a table cell, a callout, a list, a note. Renderers pass a
/// changed copy down (<c>scope with { … }</c>) instead of mutating shared state.
/// </summary>
internal sealed record PdfScope
{
    /// <summary>The top level of a section.</summary>
    public static PdfScope Body { get; } = new();

    /// <summary>The role whose look replaces a paragraph's own (table text, callout text, notes), or null.</summary>
    public string? Role { get; init; }

    /// <summary>A text colour forced on the text (a shaded cell, a callout), or null.</summary>
    public string? TextColor { get; init; }

    /// <summary>Alignment forced on paragraphs (table cells), or null.</summary>
    public TextAlignment? Alignment { get; init; }

    /// <summary>Space after each paragraph, replacing the look's, or null.</summary>
    public double? SpaceAfter { get; init; }

    /// <summary>True inside a table cell, whose paragraphs belong to the cell's structure element.</summary>
    public bool InCell { get; init; }

    /// <summary>Nesting depth of lists, 0 outside any list.</summary>
    public int ListDepth { get; init; }

    /// <summary>True for a quote's content, which is italic and muted.</summary>
    public bool InQuote { get; init; }
}
