using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>What elements may know while drawing: the canvas, the page number, and what the first pass learned.</summary>
/// <param name="Canvas">Where drawing goes.</param>
/// <param name="PageNumber">The current page, from 1.</param>
/// <param name="PageCount">The number of pages (known from the first pass; 0 during it).</param>
/// <param name="PageOf">The page a destination is on, from the first pass, or null.</param>
internal sealed record DrawContext(ICanvas Canvas, int PageNumber, int PageCount, Func<string, int?> PageOf);
