using BriefingGen.Model;

namespace BriefingGen.Html;

/// <summary>
/// Where a block is being written: in a table cell, a list, a callout, a note. Renderers pass a
/// changed copy down (<c>scope with { … }</c>), as the Word backend does with its scope.
/// </summary>
internal sealed record HtmlScope
{
    /// <summary>The top level of the body.</summary>
    public static HtmlScope Body { get; } = new();

    /// <summary>A paragraph role that replaces the paragraph's own (table text, callout text…), or null.</summary>
    public string? Role { get; init; }

    /// <summary>A text colour forced on the text (RRGGBB), e.g. on a shaded cell, or null.</summary>
    public string? TextColor { get; init; }

    /// <summary>Alignment forced on paragraphs (table cells), or null.</summary>
    public CellAlignment? Alignment { get; init; }

    /// <summary>Nesting depth of lists, 0 outside any list.</summary>
    public int ListDepth { get; init; }
}
