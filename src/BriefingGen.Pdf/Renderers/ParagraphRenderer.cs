using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A paragraph in the look of its role (or of the role its place imposes: a cell, a callout). An
/// anchored one (an exhibit's caption) is a link destination, so cross-references and the list of
/// exhibits reach it and the page map knows its page.
/// </summary>
internal sealed class ParagraphRenderer : PdfBlockRenderer<Paragraph>
{
    /// <inheritdoc />
    protected override Element Write(Paragraph block, PdfRenderContext context, PdfScope scope) =>
        context.Paragraph(block.Content, context.Look(block.Role, scope), scope, scope.InCell ? null : new StructureNode("P"), block.Anchor);
}
