using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// The page loop of one section: begin a page, let the caller draw its furniture, measure the
/// content in the text area less what the page's foot keeps free, draw what fits, let the foot draw
/// below it (the notes the page cites), and go on until the content and the foot are fully drawn.
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
    /// <param name="foot">What goes at the foot of each page below the content (footnotes), or null.</param>
    public static int Paginate(Element content, ICanvas canvas, Size page, Area area, int firstPage, Func<int, DrawContext> contextFor, Action<DrawContext>? furniture = null, IPageFoot? foot = null)
    {
        for (var number = firstPage; number < MaxPages; number++)
        {
            // The room the foot keeps free is given back when the content could not start in what
            // is left, so that a reservation never pushes a block off every page.
            var body = area with { Height = Math.Max(0, area.Height - (foot?.Reserve(number) ?? 0)) };
            var plan = content.Measure(body.Size);
            if (plan.Kind == SpacePlanKind.Wrap && body.Height < area.Height)
            {
                body = area;
                plan = content.Measure(body.Size);
            }

            // What is left may be nothing at all (a page break was the last thing): then no page
            // is begun for it, unless notes go on. A section with no content still has its one page.
            var footPending = foot?.Pending ?? false;
            if (plan.Kind == SpacePlanKind.Empty && number > firstPage && !footPending)
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
                content.Draw(foot?.Watch(context) ?? context, body with { Height = plan.Height });
            }

            foot?.Draw(context, area, plan.Draws ? plan.Height : 0);
            canvas.EndPage();
            if (plan.Finishes && !(foot?.Pending ?? false))
            {
                return number - firstPage + 1;
            }
        }

        throw new PageLimitException(MaxPages);
    }
}
