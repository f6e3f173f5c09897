using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// The page loop: begin a page, let the caller draw its furniture, measure the content in the
/// text area, draw what fits, and go on until the content is fully drawn.
/// </summary>
internal static class Paginator
{
    private const int MaxPages = 20_000;

    /// <summary>Lays <paramref name="content"/> out on pages; returns how many there were.</summary>
    /// <param name="content">The root element.</param>
    /// <param name="canvas">Where pages go.</param>
    /// <param name="page">The paper size.</param>
    /// <param name="area">The text area on every page.</param>
    /// <param name="pageCount">The page count from an earlier pass, or 0.</param>
    /// <param name="pageOf">Destinations' pages from an earlier pass.</param>
    /// <param name="furniture">Draws a page's header and footer, or null.</param>
    public static int Paginate(Element content, ICanvas canvas, Size page, Area area, int pageCount, Func<string, int?> pageOf, Action<DrawContext>? furniture = null)
    {
        for (var number = 1; number <= MaxPages; number++)
        {
            canvas.BeginPage(page.Width, page.Height);
            var context = new DrawContext(canvas, number, pageCount, pageOf);
            furniture?.Invoke(context);
            var plan = content.Measure(area.Size);
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
                return number;
            }
        }

        throw new InvalidOperationException($"layout did not finish within {MaxPages} pages");
    }
}
