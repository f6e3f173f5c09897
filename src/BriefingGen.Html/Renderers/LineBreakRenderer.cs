using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>A line break as <c>br</c>.</summary>
internal sealed class LineBreakRenderer : HtmlInlineRenderer<LineBreak>
{
    /// <inheritdoc />
    protected override void Write(LineBreak inline, HtmlRenderContext context) => context.Raw("<br>");
}
