using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A live hyperlink in the Hyperlink style: to a web or mail address through a relationship, or to
/// a heading's bookmark. A link to a heading that does not exist stays plain text.
/// </summary>
internal sealed class LinkRenderer : WordInlineRenderer<Link>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Link inline, WordRenderContext context, RunFormat format)
    {
        var styled = format with { CharacterStyle = StyleIds.Hyperlink, Color = null };
        if (inline.IsInternal)
        {
            if (!context.Bookmarks.TryGetValue(inline.Target[1..], out var bookmark))
            {
                return context.RenderInlines(inline.Content, format);
            }

            var internalLink = new Hyperlink { Anchor = bookmark, History = true };
            internalLink.Append(context.RenderInlines(inline.Content, styled));
            return [internalLink];
        }

        var link = new Hyperlink { Id = context.HyperlinkRelationship(inline.Target), History = true };
        link.Append(context.RenderInlines(inline.Content, styled));
        return [link];
    }
}
