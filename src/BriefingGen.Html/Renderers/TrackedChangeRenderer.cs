using BriefingGen.Html.Css;
using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// Text inserted or deleted since an earlier version, as <c>ins</c> or <c>del</c> with the change's
/// date and author: underlined or struck through, as in print, so the change never shows by colour
/// alone, and named for screen readers, which often pass over the two elements in silence.
/// </summary>
internal sealed class TrackedChangeRenderer : HtmlInlineRenderer<TrackedChange>
{
    /// <inheritdoc />
    protected override void Write(TrackedChange inline, HtmlRenderContext context)
    {
        var inserted = inline.Kind == TrackedChangeKind.Inserted;
        var tag = inserted ? "ins" : "del";
        var look = new Look("change-" + tag, () => new CssDeclarations().Set("text-decoration", inserted ? "underline" : "line-through"));
        var label = inserted ? context.Words.Inserted : context.Words.Deleted;
        context.Raw($"<{tag} datetime=\"").Text(inline.Date).Raw("\" title=\"").Text($"{label}: {inline.Author}, {inline.Date}").Raw("\"" + context.Attributes(look) + ">");
        context.Inlines(inline.Content);
        context.Raw($"</{tag}>");
    }
}
