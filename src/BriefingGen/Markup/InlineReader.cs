using BriefingGen.Data;
using BriefingGen.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Inline = BriefingGen.Model.Inline;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace BriefingGen.Markup;

/// <summary>
/// Turns Markdig's inline tree into model inlines. Slot marks in the text are replaced by the
/// slots' inlines (data text keeps its origin); the template's own text merges into plain
/// <see cref="Text"/>; soft line breaks become spaces; links that are neither web, mail nor
/// internal become their text. In a field read as Markdown, every node gets the field's origin.
/// </summary>
internal sealed class InlineReader(PaperReader paper)
{
    /// <summary>Converts the children of <paramref name="container"/>.</summary>
    public List<Inline> Read(ContainerInline? container)
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

    /// <summary>The plain text of <paramref name="container"/> with slots put back, for alternate texts, URLs and titles.</summary>
    public string PlainText(ContainerInline? container) => InlineText.Of(Read(container));

    private void Add(List<Inline> result, MdInline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                result.AddRange(paper.Text(literal.Content.ToString()));
                break;
            case HtmlEntityInline entity:
                result.AddRange(paper.Text(entity.Transcoded.ToString()));
                break;
            case HtmlInline html:
                result.AddRange(paper.Text(html.Tag));
                break;
            case CodeInline code:
                result.AddRange(paper.Text(code.Content).Select(i => i is Text t ? paper.Stamp(new Code(t.Value) { Origin = t.Origin }) : i));
                break;
            case LineBreakInline lineBreak:
                result.Add(lineBreak.IsHard ? paper.Stamp(new LineBreak()) : paper.Stamp(new Text(" ")));
                break;
            case EmphasisInline emphasis:
                var content = Read(emphasis);
                result.Add(emphasis.DelimiterCount >= 2 ? paper.Stamp(new Strong(content)) : paper.Stamp(new Emphasis(content)));
                break;
            case LinkInline { IsImage: true } image:
                // A picture is a figure when it is a paragraph of its own (one that could not be
                // loaded was reported as such); inside a line it cannot stand.
                if (!(image.Parent is { Parent: null } line && line.FirstChild == image && image.NextSibling is null))
                {
                    paper.Warn(image, $"the picture '{Excerpt.Of(paper.PlainText(image.Url ?? ""))}' stands inside a line of text, where a picture cannot go, so only its alternative text is printed; put it in a paragraph of its own");
                }

                result.AddRange(Read(image));
                break;
            case LinkInline link when link.FirstChild is null:
                // [](#port-calls): a cross-reference, which takes its exhibit's name as its text.
                result.AddRange(paper.CrossReference(paper.PlainText(link.Url ?? ""), link));
                break;
            case LinkInline link:
                AddLink(result, paper.PlainText(link.Url ?? ""), Read(link), link);
                break;
            case AutolinkInline autolink:
                AddLink(result, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [paper.Stamp(new Text(autolink.Url))], autolink);
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink note:
                result.Add(paper.Footnote(note.Footnote));
                break;
            case MissingFootnoteMark missing:
                result.AddRange(paper.MissingFootnote(missing));
                break;
            case DelimiterInline delimiter:
                // A bracket or emphasis mark Markdig left open ("[text][undefined]") is text, as written.
                result.AddRange(paper.Text(delimiter.ToLiteral()));
                result.AddRange(Read(delimiter));
                break;
            case ContainerInline container:
                result.AddRange(Read(container));
                break;
            default:
                result.AddRange(paper.Text(inline.ToString() ?? ""));
                break;
        }
    }

    private void AddLink(List<Inline> result, string url, IReadOnlyList<Inline> content, Markdig.Syntax.MarkdownObject at)
    {
        var isWeb = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        var isInternal = url.Length > 1 && url[0] == '#';
        if (isWeb || isInternal)
        {
            if (isInternal)
            {
                paper.LinkTo(url[1..], at);
            }

            result.Add(paper.Stamp(new Link(url, content)));
        }
        else
        {
            paper.Warn(at, $"the link to \"{Excerpt.Of(url)}\" is not made, only its text printed: a paper links to web addresses (http, https), mail addresses (mailto) and its own exhibits (#id)");
            result.AddRange(content);
        }
    }

    /// <summary>Joins neighbouring plain texts of the same origin and language, so a line is as few runs as it can be.</summary>
    private static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        System.Text.StringBuilder? pending = null;
        foreach (var inline in inlines)
        {
            if (inline is Text { Value.Length: 0 })
            {
                continue;
            }

            if (inline is Text next && merged.Count > 0 && merged[^1] is Text previous && previous.Origin == next.Origin && previous.Language == next.Language)
            {
                // Appending through a builder keeps a long run of pieces linear, not quadratic.
                pending ??= new System.Text.StringBuilder(previous.Value);
                pending.Append(next.Value);
                continue;
            }

            Flush();
            merged.Add(inline);
        }

        Flush();
        return merged;

        void Flush()
        {
            if (pending is not null)
            {
                merged[^1] = (Text)merged[^1] with { Value = pending.ToString() };
                pending = null;
            }
        }
    }
}
