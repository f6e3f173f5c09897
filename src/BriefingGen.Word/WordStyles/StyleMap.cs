using System.Globalization;
using BriefingGen.Styling;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Which Word style stands for each stylesheet role. Roles Word has built in use Word's ids and
/// names, so the navigation pane, outline view and style gallery treat them as the real thing and
/// a <c>reference.docx</c> restyles them by id; other roles get a custom style named after them.
/// </summary>
internal static class StyleMap
{
    private static readonly Dictionary<string, WordStyle> Known = new(StringComparer.Ordinal)
    {
        [StyleRoles.Body] = new(StyleIds.Normal, "Normal", false, true),
        [StyleRoles.Title] = new(StyleIds.Title, "Title", false, true),
        [StyleRoles.Subtitle] = new(StyleIds.Subtitle, "Subtitle", false, true),
        [StyleRoles.Meta] = new(StyleIds.Meta, "Title Block", true, false),
        [StyleRoles.Lead] = new(StyleIds.Lead, "Lead", true, false),
        [StyleRoles.Label] = new(StyleIds.Label, "Label", true, true),
        [StyleRoles.Note] = new(StyleIds.FootnoteText, "footnote text", false, false),
        [StyleRoles.Code] = new(StyleIds.CodeBlock, "Code Block", true, false),
        [StyleRoles.TableText] = new(StyleIds.TableText, "Table Text", true, false),
        [StyleRoles.TableHeader] = new(StyleIds.TableHeading, "Table Heading", true, false),
        [StyleRoles.Caption] = new(StyleIds.Caption, "caption", false, true),
        [StyleRoles.Figure] = new("Figure", "Figure", true, false),
        [StyleRoles.CalloutTitle] = new(StyleIds.CalloutTitle, "Callout Title", true, false),
        [StyleRoles.CalloutText] = new(StyleIds.CalloutText, "Callout Text", true, false),
        [StyleRoles.Quote] = new(StyleIds.Quote, "Quote", false, true),
        [StyleRoles.TocHeading] = new(StyleIds.TocHeading, "TOC Heading", false, false),
        [StyleRoles.Header] = new(StyleIds.Header, "header", false, false),
        [StyleRoles.Footer] = new(StyleIds.Footer, "footer", false, false),
        [StyleRoles.Banner] = new(StyleIds.Banner, "Classification Banner", true, false),
        [StyleRoles.ListBullet] = new(StyleIds.ListBullet, "List Bullet", false, true),
        [StyleRoles.ListNumber] = new(StyleIds.ListNumber, "List Number", false, true),
        [StyleRoles.ListContinue] = new(StyleIds.ListContinue, "List Continue", false, false),
        [StyleRoles.Link] = new(StyleIds.Hyperlink, "Hyperlink", false, false),
        [StyleRoles.InlineCode] = new(StyleIds.Code, "Code", true, false),
        [StyleRoles.NoteMark] = new(StyleIds.FootnoteReference, "footnote reference", false, false),
        [StyleRoles.Shaded] = new(StyleIds.Strong, "Strong", false, true),
    };

    /// <summary>The Word style of <paramref name="role"/>.</summary>
    public static WordStyle For(string role)
    {
        if (Known.TryGetValue(role, out var style))
        {
            return style;
        }

        if (role.StartsWith("heading-", StringComparison.Ordinal) && int.TryParse(role.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            return new(StyleIds.Heading(level), "heading " + level, false, true);
        }

        if (role.StartsWith("toc-", StringComparison.Ordinal) && int.TryParse(role.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var toc))
        {
            return new(StyleIds.Toc(toc), "toc " + toc, false, false);
        }

        // A component's or template's own role: "matrix-text" becomes the custom style MatrixText, "Matrix Text".
        var words = role.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToList();
        var id = new string(string.Concat(words).Where(char.IsAsciiLetterOrDigit).ToArray());
        return new(id.Length == 0 ? "Role" : id, string.Join(' ', words), true, false);
    }
}
