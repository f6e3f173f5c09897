namespace BriefingGen.Word.Binding;

/// <summary>
/// Which text a plain-text control may show while bound to the data part. When LibreOffice saves a
/// .docx it writes each bound plain-text control's text back into every custom XML part through
/// an XSLT stylesheet it builds by pasting the text in unescaped; an <c>&amp;</c>, a <c>&lt;</c>
/// or a <c>]]&gt;</c> makes that stylesheet unreadable and leaves every part empty, the paper's
/// data with them. A value showing one is written in a plain-text control that is tagged and
/// titled but not bound: its edits are still read back, only Word no longer copies an edit to its
/// other places.
/// </summary>
internal static class BindableText
{
    /// <summary>True when a bound control may show <paramref name="text"/> without LibreOffice emptying the data part on saving it.</summary>
    public static bool SurvivesLibreOffice(string text) =>
        text.AsSpan().IndexOfAny('&', '<') < 0 && !text.Contains("]]>", StringComparison.Ordinal);
}
