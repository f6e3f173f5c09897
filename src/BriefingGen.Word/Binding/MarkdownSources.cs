using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Binding;

/// <summary>
/// What reading Word content as Markdown looks up outside the content itself. A relationship id
/// means something only in the part that holds it, so the addresses of links in the body and in
/// the footnotes are found separately: an editor that saves the file numbers each part's
/// relationships afresh.
/// </summary>
/// <param name="Link">The address of a hyperlink relationship of the body, by id.</param>
/// <param name="Note">A footnote's paragraphs, by id.</param>
/// <param name="NoteLink">The address of a hyperlink relationship of the footnotes, by id.</param>
/// <param name="Styles">Which of our styles each style id of the document is.</param>
/// <param name="Lists">How the numbered lists count.</param>
internal sealed record MarkdownSources(
    Func<string, string?> Link,
    Func<long, IEnumerable<OpenXmlElement>?> Note,
    Func<string, string?> NoteLink,
    StyleNames Styles,
    ListNumbering Lists);
