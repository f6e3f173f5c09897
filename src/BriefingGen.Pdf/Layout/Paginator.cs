using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// The page loop of one section: begin a page, let the caller draw its furniture, measure the
/// content in the text area, draw what fits, and go on until the content is fully drawn.
/// </summary>
internal static class Paginator
{
    /// <summary>The most pages one document may have; layout that would need more is refused, not run for ever.</summary>
    public const int MaxPages = 20_000;

    /// <summary>Lays <paramref name="content"/> out on pages; returns how many there were.</summary>
    /// <param name="content">The section's root element.</param>
    /// <param name="canvas">Where pages go.</param>
    /// <param name="page">The paper size.</param>
    /// <param name="area">The text area on every page.</param>
    /// <param name="firstPage">The document-wide number of the section's first page.</param>
    /// <param name="contextFor">The draw context of a document-wide page number.</param>
    /// <param name="furniture">Draws a page's header and footer, or null.</param>
    public static int Paginate(Element content, ICanvas canvas, Size page, Area area, int firstPage, Func<int, DrawContext> contextFor, Action<DrawContext>? furniture = null)
    {
        for (var number = firstPage; number < MaxPages; number++)
        {
            // What is left may be nothing at all (a page break was the last thing): then no page
            // is begun for it. A section with no content still has its one page.
            var plan = content.Measure(area.Size);
            if (plan.Kind == SpacePlanKind.Empty && number > firstPage)
            {
                return number - firstPage;
            }

            canvas.BeginPage(page.Width, page.Height);
            var context = contextFor(number);
            furniture?.Invoke(context);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                // Nothing fits even on an empty page: an element is larger than any page can hold.
                throw new InvalidOperationException($"content on page {number} does not fit on an empty page");
            }

            if (plan.Draws)
            {
                content.Draw(context, area with { Height = plan.Height });
            }

            canvas.EndPage();
            if (plan.Finishes)
            {
                return number - firstPage + 1;
            }
        }

        throw new PageLimitException(MaxPages);
    }
}
