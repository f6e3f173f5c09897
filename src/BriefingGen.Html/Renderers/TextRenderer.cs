using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>Text, escaped; text in another language than the paper's says so, for screen readers and hyphenation.</summary>
internal sealed class TextRenderer : HtmlInlineRenderer<Text>
{
    /// <inheritdoc />
    protected override void Write(Text inline, HtmlRenderContext context)
    {
        if (inline.Language is { } language && !language.Equals(context.Document.Metadata.Language, StringComparison.OrdinalIgnoreCase))
        {
            context.Raw("<span lang=\"").Text(language).Raw("\">").Text(inline.Value).Raw("</span>");
        }
        else
        {
            context.Text(inline.Value);
        }
    }
}
