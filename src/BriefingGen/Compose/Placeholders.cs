using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>
/// The placeholders a pack's own text may hold — <c>{page}</c> and <c>{pages}</c> in a label such as
/// "Page {page} of {pages}" — turned into page-number fields. Data is never read for them.
/// </summary>
internal static class Placeholders
{
    /// <summary>The current page's number.</summary>
    public const string Page = "{page}";

    /// <summary>The number of pages.</summary>
    public const string Pages = "{pages}";

    /// <summary>True when <paramref name="text"/> holds a placeholder.</summary>
    public static bool Any(string text) => text.Contains(Page, StringComparison.Ordinal) || text.Contains(Pages, StringComparison.Ordinal);

    /// <summary><paramref name="text"/> as inlines, with the placeholders as fields.</summary>
    public static List<Inline> Expand(string text)
    {
        var result = new List<Inline>();
        var rest = text;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf(Page, StringComparison.Ordinal);
            var pages = rest.IndexOf(Pages, StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (next < 0)
            {
                result.Add(new Text(rest));
                break;
            }

            if (next > 0)
            {
                result.Add(new Text(rest[..next]));
            }

            var isPages = next == pages;
            result.Add(isPages ? new PageCount() : new PageNumber());
            rest = rest[(next + (isPages ? Pages.Length : Page.Length))..];
        }

        return result;
    }
}
