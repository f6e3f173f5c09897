namespace BriefingGen.Styling;

/// <summary>
/// The roles the stylesheet always has. Templates name paragraph roles (<c>::: lead</c>); renderers
/// name the rest. A component may add roles of its own; a role nobody defined reads as body text.
/// </summary>
public static class StyleRoles
{
    /// <summary>Running text; every other role derives from it.</summary>
    public const string Body = "body";

    /// <summary>The paper's title.</summary>
    public const string Title = "title";

    /// <summary>The line under the title.</summary>
    public const string Subtitle = "subtitle";

    /// <summary>Title-block lines: reference, date, author.</summary>
    public const string Meta = "meta";

    /// <summary>An opening paragraph, a little larger.</summary>
    public const string Lead = "lead";

    /// <summary>A paragraph of strong text that labels what follows; kept on its page.</summary>
    public const string Label = "label";

    /// <summary>Footnote text and small print.</summary>
    public const string Note = "note";

    /// <summary>A block of code.</summary>
    public const string Code = "code";

    /// <summary>Text in table cells.</summary>
    public const string TableText = "table-text";

    /// <summary>Text in table header cells.</summary>
    public const string TableHeader = "table-header";

    /// <summary>The paragraph that holds a figure's picture.</summary>
    public const string Figure = "figure";

    /// <summary>Captions under tables and figures.</summary>
    public const string Caption = "caption";

    /// <summary>An exhibit's numbered caption, above it: "Exhibit 3: Port calls by municipality".</summary>
    public const string ExhibitTitle = Model.ParagraphRoles.ExhibitTitle;

    /// <summary>The source line under an exhibit.</summary>
    public const string ExhibitSource = "exhibit-source";

    /// <summary>A callout's title.</summary>
    public const string CalloutTitle = "callout-title";

    /// <summary>Text inside a callout.</summary>
    public const string CalloutText = "callout-text";

    /// <summary>Quoted text.</summary>
    public const string Quote = "quote";

    /// <summary>The heading of the table of contents.</summary>
    public const string TocHeading = "toc-heading";

    /// <summary>The running header.</summary>
    public const string Header = "header";

    /// <summary>The running footer.</summary>
    public const string Footer = "footer";

    /// <summary>The classification banner.</summary>
    public const string Banner = "banner";

    /// <summary>The first paragraph of a bulleted item.</summary>
    public const string ListBullet = "list-bullet";

    /// <summary>The first paragraph of a numbered item.</summary>
    public const string ListNumber = "list-number";

    /// <summary>Later paragraphs of a list item.</summary>
    public const string ListContinue = "list-continue";

    /// <summary>Links (an inline role).</summary>
    public const string Link = "link";

    /// <summary>Code inside a line (an inline role).</summary>
    public const string InlineCode = "code-inline";

    /// <summary>Footnote marks (an inline role).</summary>
    public const string NoteMark = "note-mark";

    /// <summary>Shaded text such as a rating or status (an inline role).</summary>
    public const string Shaded = "shaded";

    /// <summary>The role of a heading of <paramref name="level"/> (1–6).</summary>
    public static string Heading(int level) => "heading-" + Math.Clamp(level, 1, 6);

    /// <summary>The role of a contents entry of <paramref name="level"/> (1–3).</summary>
    public static string Toc(int level) => "toc-" + Math.Clamp(level, 1, 3);
}
