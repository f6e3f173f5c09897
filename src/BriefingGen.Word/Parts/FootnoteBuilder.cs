using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Collects footnotes as they are met in the text and builds the footnotes part, with the
/// separator and continuation-separator notes (ids -1 and 0) that Word expects first.
/// </summary>
internal sealed class FootnoteBuilder
{
    private readonly SortedDictionary<int, Footnote> _notes = [];
    private int _last;

    /// <summary>True when the document has at least one footnote.</summary>
    public bool Any => _notes.Count > 0;

    /// <summary>
    /// The id of the next note, taken before its content is rendered: a note that cites another
    /// note renders that one first, and each must keep the id its mark was given.
    /// </summary>
    public int Reserve() => ++_last;

    /// <summary>Sets note <paramref name="id"/> to <paramref name="content"/> (rendered paragraphs).</summary>
    public void Add(int id, IReadOnlyList<OpenXmlElement> content)
    {
        var paragraphs = content.ToList();
        if (paragraphs.FirstOrDefault() is not Paragraph first)
        {
            first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }));
            paragraphs.Insert(0, first);
        }

        var mark = new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark());
        var space = new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve });
        if (first.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(space);
            properties.InsertAfterSelf(mark);
        }
        else
        {
            first.PrependChild(space);
            first.PrependChild(mark);
        }

        _notes[id] = new Footnote(paragraphs) { Id = id };
    }

    /// <summary>The paragraphs of note <paramref name="id"/>, or null before it is added.</summary>
    public IEnumerable<OpenXmlElement>? Content(long id) => id is > 0 and <= int.MaxValue && _notes.TryGetValue((int)id, out var note) ? note.ChildElements : null;

    /// <summary>The footnotes part's content.</summary>
    public Footnotes Build()
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark())))
            { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark())))
            { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        footnotes.Append(_notes.Values);
        return footnotes;
    }
}
