namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Text whose characters are known only when its page is drawn: the lines are laid out with
/// figures as wide as the number can be, and the number itself is shaped on the page.
/// </summary>
internal enum PageField
{
    /// <summary>Ordinary text.</summary>
    None,

    /// <summary>The printed number of the page the text is drawn on (1, iv, A-3).</summary>
    Number,

    /// <summary>The number of pages in the document.</summary>
    Count,
}
