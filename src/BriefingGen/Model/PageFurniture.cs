namespace BriefingGen.Model;

/// <summary>
/// The text that runs in every page's header and footer. Texts may hold the placeholders
/// <c>{page}</c> and <c>{pages}</c>, which each renderer turns into its own page-number machinery
/// (Word fields, PDF page counts).
/// </summary>
/// <param name="HeaderLeft">Header text at the left margin.</param>
/// <param name="HeaderRight">Header text at the right margin.</param>
/// <param name="FooterLeft">Footer text at the left margin.</param>
/// <param name="FooterRight">Footer text at the right margin, typically "Page {page} of {pages}".</param>
public sealed record PageFurniture(string HeaderLeft, string HeaderRight, string FooterLeft, string FooterRight)
{
    /// <summary>The placeholder for the current page number.</summary>
    public const string PagePlaceholder = "{page}";

    /// <summary>The placeholder for the number of pages.</summary>
    public const string PagesPlaceholder = "{pages}";

    /// <summary>No header or footer text.</summary>
    public static PageFurniture Empty { get; } = new("", "", "", "");
}
