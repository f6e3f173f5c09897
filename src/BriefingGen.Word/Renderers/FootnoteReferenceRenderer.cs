using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>A real Word footnote: the mark in the text and the note in the footnotes part; a mark straight after another is raised after a comma.</summary>
internal sealed class FootnoteReferenceRenderer : WordInlineRenderer<Model.FootnoteReference>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Model.FootnoteReference inline, WordRenderContext context, RunFormat format)
    {
        // Word has no notes inside notes: a note a note cites is written into it, in brackets.
        if (context.InNote)
        {
            return [Runs.Create(" (" + Model.InlineText.Of(inline.Blocks) + ")", format)];
        }

        var scope = WordScope.Body with { ParagraphStyle = StyleIds.FootnoteText };
        var id = context.Footnotes.Reserve();
        context.InNote = true;
        try
        {
            context.Footnotes.Add(id, context.RenderBlocks(inline.Blocks, scope).ToList());
        }
        finally
        {
            context.InNote = false;
        }

        var mark = new Run(MarkStyle(), new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = id });
        return inline.FollowsNote ? [new Run(MarkStyle(), new Text(",")), mark] : [mark];
    }

    /// <summary>Word's raised style for note marks (an element belongs to one run, so each run gets its own).</summary>
    private static RunProperties MarkStyle() => new(new RunStyle { Val = StyleIds.FootnoteReference });
}
