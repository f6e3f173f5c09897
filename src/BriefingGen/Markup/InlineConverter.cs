using System.Text;
using BriefingGen.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = BriefingGen.Model.Block;
using Inline = BriefingGen.Model.Inline;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace BriefingGen.Markup;

/// <summary>
/// Turns Markdig's inline tree into model inlines. Adjacent text merges into one <see cref="Text"/>,
/// soft line breaks become spaces, and links that are neither web, mail nor internal become text.
/// </summary>
internal sealed class InlineConverter(Func<Footnote, IReadOnlyList<Block>> convertFootnote)
{
    /// <summary>Converts the children of <paramref name="container"/>.</summary>
    public IReadOnlyList<Inline> Convert(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is not null)
        {
            foreach (var inline in container)
            {
                Add(result, inline);
            }
        }

        return Merge(result);
    }

    /// <summary>The first <c>shade-*</c> class on any inline inside <paramref name="container"/>, or null.</summary>
    public static string? FindShade(ContainerInline? container)
    {
        if (container is null)
        {
            return null;
        }

        foreach (var inline in container.Descendants<MdInline>())
        {
            var shade = inline.TryGetAttributes()?.Classes?.FirstOrDefault(c => c.StartsWith("shade-", StringComparison.Ordinal));
            if (shade is not null)
            {
                return shade["shade-".Length..];
            }
        }

        return null;
    }

    /// <summary>All the plain text of <paramref name="container"/>, for alt texts and titles.</summary>
    public static string PlainText(ContainerInline? container)
    {
        var sb = new StringBuilder();
        if (container is not null)
        {
            foreach (var inline in container.Descendants<MdInline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        sb.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        sb.Append(code.Content);
                        break;
                    case HtmlEntityInline entity:
                        sb.Append(entity.Transcoded.ToString());
                        break;
                    case LineBreakInline:
                        sb.Append(' ');
                        break;
                }
            }
        }

        return sb.ToString();
    }

    private void Add(List<Inline> result, MdInline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                result.Add(new Text(literal.Content.ToString()));
                break;
            case HtmlEntityInline entity:
                result.Add(new Text(entity.Transcoded.ToString()));
                break;
            case HtmlInline html:
                result.Add(new Text(html.Tag));
                break;
            case CodeInline code:
                result.Add(new Code(code.Content));
                break;
            case LineBreakInline lineBreak:
                result.Add(lineBreak.IsHard ? new LineBreak() : new Text(" "));
                break;
            case EmphasisInline emphasis:
                var content = Convert(emphasis);
                result.Add(emphasis.DelimiterCount >= 2 ? new Strong(content) : new Emphasis(content));
                break;
            case LinkInline { IsImage: true } image:
                result.Add(new Text(PlainText(image)));
                break;
            case LinkInline link:
                AddLink(result, link.Url ?? "", Convert(link));
                break;
            case AutolinkInline autolink:
                AddLink(result, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new Text(autolink.Url)]);
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink note:
                result.Add(new FootnoteReference(convertFootnote(note.Footnote)));
                break;
            case ContainerInline container:
                result.AddRange(Convert(container));
                break;
            default:
                result.Add(new Text(inline.ToString() ?? ""));
                break;
        }
    }

    private static void AddLink(List<Inline> result, string url, IReadOnlyList<Inline> content)
    {
        var isWeb = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        var isInternal = url.Length > 1 && url[0] == '#';
        if (isWeb || isInternal)
        {
            result.Add(new Link(url, content));
        }
        else
        {
            result.AddRange(content);
        }
    }

    private static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is Text next && merged.Count > 0 && merged[^1] is Text previous)
            {
                merged[^1] = new Text(previous.Value + next.Value);
            }
            else if (inline is not Text { Value.Length: 0 })
            {
                merged.Add(inline);
            }
        }

        return merged;
    }
}
