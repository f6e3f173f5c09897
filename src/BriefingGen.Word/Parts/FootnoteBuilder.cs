using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Collects footnotes as they are met in the text and builds the footnotes part, with the
/// separator and continuation-separator notes (ids -1 and 0) that Word expects first.
/// </summary>
internal sealed class FootnoteBuilder
{
    private readonly List<Footnote> _notes = [];

    /// <summary>True when the document has at least one footnote.</summary>
    public bool Any => _notes.Count > 0;

    /// <summary>Adds a note made of <paramref name="content"/> (rendered paragraphs) and returns its id.</summary>
    public int Add(IReadOnlyList<OpenXmlElement> content)
    {
        var id = _notes.Count + 1;
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

        _notes.Add(new Footnote(paragraphs) { Id = id });
        return id;
    }

    /// <summary>The footnotes part's content.</summary>
    public Footnotes Build()
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark())))
            { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark())))
            { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        footnotes.Append(_notes);
        return footnotes;
    }
}
