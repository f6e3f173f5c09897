using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>A real Word footnote: the mark in the text and the note in the footnotes part.</summary>
internal sealed class FootnoteReferenceRenderer : WordInlineRenderer<Model.FootnoteReference>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Model.FootnoteReference inline, WordRenderContext context, RunFormat format)
    {
        var scope = WordScope.Body with { ParagraphStyle = StyleIds.FootnoteText };
        var id = context.Footnotes.Add(context.RenderBlocks(inline.Blocks, scope).ToList());
        return [new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = id })];
    }
}
