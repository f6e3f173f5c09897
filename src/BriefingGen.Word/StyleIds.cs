namespace BriefingGen.Word;

/// <summary>
/// The style ids the renderer uses. They are Word's own built-in ids where one exists (Title,
/// Heading1, ListBullet, Quote, Caption…), so the navigation pane, outline view and style gallery
/// treat them as the real thing, and a <c>reference.docx</c> restyles them by id.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Meta = "Meta";
    public const string Lead = "Lead";
    public const string Label = "Label";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string Quote = "Quote";
    public const string Caption = "Caption";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string CalloutTitle = "CalloutTitle";
    public const string CalloutText = "CalloutText";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string Code = "CodeChar";
    public const string CodeBlock = "CodeBlock";
    public const string TocHeading = "TOCHeading";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Banner = "Banner";
    public const string Table = "BriefTable";
    public const string Strong = "Strong";

    /// <summary>Heading1 … Heading6.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 6);

    /// <summary>TOC1 … TOC9, the styles Word's own table of contents uses.</summary>
    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 9);
}
