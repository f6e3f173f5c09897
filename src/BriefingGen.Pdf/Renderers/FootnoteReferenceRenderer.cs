using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A note mark, raised and numbered, linked to its note; the note is collected for the notes at the end.</summary>
internal sealed class FootnoteReferenceRenderer : PdfInlineRenderer<FootnoteReference>
{
    /// <inheritdoc />
    protected override void Write(FootnoteReference inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link)
    {
        context.Notes.Add(inline.Blocks);
        var number = context.Notes.Count.ToString(CultureInfo.InvariantCulture);
        spans.Add(new TextSpan(number, context.Styles.Inline(StyleRoles.NoteMark, style), $"#note-{number}"));
    }
}
