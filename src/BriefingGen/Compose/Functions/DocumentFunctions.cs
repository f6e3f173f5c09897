using System.Text.RegularExpressions;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Compose.Functions;

/// <summary>
/// The functions that place content other than plain text: a field read as Markdown, links,
/// shaded text, the table of contents, page breaks and page numbers. Each returns model nodes that
/// go into the paper as they are.
/// </summary>
internal static partial class DocumentFunctions
{
    /// <summary>The functions, for registration.</summary>
    public static IEnumerable<TemplateFunction> All() =>
    [
        new("markdown", 1, 1, Markdown),
        new("link", 2, 2, Link),
        new("shaded", 2, 2, Shaded),
        new("toc", 0, 2, TableOfContents),
        new("list_of_exhibits", 0, 1, ListOfExhibits),
        new("page_break", 0, 0, _ => new PageBreak()),
        new("page_number", 0, 0, _ => new PageNumber()),
        new("page_count", 0, 0, _ => new PageCount()),
    ];

    /// <summary>A field that holds Markdown by design, read on its own in the Markdown stage.</summary>
    private static object? Markdown(TemplateCall call)
    {
        var text = call.Argument(0) switch
        {
            null => "",
            string s => s,
            var other => call.Text(other),
        };
        return text.Trim().Length == 0 ? null : new ProseSlot(text, call.OriginOf(call.Argument(0)) is { } origin ? origin with { Display = ValueDisplay.Markdown } : null);
    }

    /// <summary>A link with literal text; only http, https and mailto addresses are linked, anything else stays text.</summary>
    private static Inline Link(TemplateCall call)
    {
        var label = call.TextNode(call.Argument(0));
        var url = call.Text(1).Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
        {
            return label;
        }

        return new Link(uri.AbsoluteUri, [label]) { Origin = call.OriginOf(call.Argument(1)) };
    }

    /// <summary>Text with a named shade (e.g. <c>risk-high</c>) that fills its table cell.</summary>
    private static Inline Shaded(TemplateCall call)
    {
        var shade = call.Text(1);
        if (!ShadeName().IsMatch(shade))
        {
            throw call.Error($"shaded expects a shade name of lower-case letters, digits and hyphens, got \"{shade}\"");
        }

        return new ShadedText(shade, [call.TextNode(call.Argument(0))]);
    }

    /// <summary>The table of contents, titled with the first argument (default: the label <c>contents</c>), listing headings to the second (default 2).</summary>
    private static Block TableOfContents(TemplateCall call)
    {
        var title = call.Count > 0 && call.Argument(0) is not null ? call.TextNode(call.Argument(0)) : new Text(call.Label("contents", "Contents"));
        var depth = call.Count > 1 ? call.Whole(call.Argument(1), "toc's depth") : 2;
        if (depth is < 1 or > 3)
        {
            throw call.Error($"toc lists headings of levels 1 to 3; a depth of {depth} cannot be shown");
        }

        return new TableOfContents([title], (int)depth);
    }

    /// <summary>The list of exhibits with their pages, titled with the argument (default: the label <c>list_of_exhibits</c>).</summary>
    private static Block ListOfExhibits(TemplateCall call)
    {
        var title = call.Count > 0 && call.Argument(0) is not null ? call.TextNode(call.Argument(0)) : new Text(call.Label("list_of_exhibits", "List of exhibits"));
        return new TableOfContents([title]) { CaptionRole = StyleRoles.ExhibitTitle };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ShadeName();
}
