using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// Shaded text (a rating, a status) in the shaded role's look on its named shade's fill. The words
/// carry the meaning, the fill only repeats it, so nothing relies on colour alone.
/// </summary>
internal sealed class ShadedTextRenderer : HtmlInlineRenderer<ShadedText>
{
    /// <inheritdoc />
    protected override void Write(ShadedText inline, HtmlRenderContext context)
    {
        var looks = new List<Look> { context.InlineRole(StyleRoles.Shaded) };
        if (context.StyleSheet.Shade(inline.Shade) is { } shade)
        {
            looks.Add(new("chip-" + inline.Shade, () => new CssDeclarations()
                .Color("background-color", shade.Fill).Color("color", shade.Text).Set("padding", "1px 5px").Set("border-radius", "3px")));
        }

        context.Raw("<span" + context.Attributes([.. looks]) + ">");
        context.Inlines(inline.Content);
        context.Raw("</span>");
    }
}
