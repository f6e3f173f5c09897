using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A note mark: a raised number linking to the note at the end of the page, which links back to
/// the mark. Notes are numbered in reading order, as in Word and the PDF; a mark straight after
/// another is raised after a comma, which screen readers skip (each mark is read as "Note N").
/// </summary>
internal sealed class FootnoteReferenceRenderer : HtmlInlineRenderer<FootnoteReference>
{
    /// <inheritdoc />
    protected override void Write(FootnoteReference inline, HtmlRenderContext context)
    {
        var number = context.AddNote(inline.Blocks).ToString(CultureInfo.InvariantCulture);
        context.Raw($"<sup{context.Attributes(context.InlineRole(StyleRoles.NoteMark))}>{(inline.FollowsNote ? "<span aria-hidden=\"true\">,</span>" : "")}<a id=\"note-ref-{number}\" href=\"#note-{number}\" role=\"doc-noteref\" aria-label=\"")
            .Text($"{context.Words.Note} {number}")
            .Raw($"\">{number}</a></sup>");
    }
}
