namespace BriefingGen.Pdf.Layout;

/// <summary>What elements may know while drawing: the canvas, the page, and what the first pass learned.</summary>
/// <param name="Canvas">Where drawing goes.</param>
/// <param name="PageNumber">The current page, counted from 1 through the whole document.</param>
/// <param name="PageCount">The number of pages (known from the first pass; 0 during it).</param>
/// <param name="PageLabelOf">The printed number of the page a destination is on ("4", "iv", "A-2"), from the first pass, or null.</param>
internal sealed record DrawContext(Writing.ICanvas Canvas, int PageNumber, int PageCount, Func<string, string?> PageLabelOf)
{
    /// <summary>The printed number of the current page in its section's numbering, or null where none is kept.</summary>
    public string? PageLabel { get; init; }

    /// <summary>What a page count prints on the current page (its run's page count), or null while the first pass learns it.</summary>
    public string? CountLabel { get; init; }
}
