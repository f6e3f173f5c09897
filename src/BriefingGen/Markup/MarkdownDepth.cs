using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Markup;

/// <summary>
/// How deeply a parsed Markdown document nests, blocks and inlines together. Markdig bounds the
/// nesting of quotes and lists, but emphasis and link text may nest as deep as the text allows,
/// and reading such a tree into the model recurses once per level; this walk does not recurse.
/// </summary>
internal static class MarkdownDepth
{
    /// <summary>
    /// True when quotes, lists, emphasis and links open inside each other more than
    /// <paramref name="max"/> times anywhere in <paramref name="document"/>.
    /// </summary>
    public static bool Exceeds(MarkdownDocument document, int max)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > max)
            {
                return true;
            }

            switch (node)
            {
                case ContainerBlock blocks:
                    var inner = blocks is QuoteBlock or ListBlock ? depth + 1 : depth;
                    foreach (var child in blocks)
                    {
                        pending.Push((child, inner));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth));
                    break;
                case ContainerInline inlines:
                    var level = inlines.Parent is null ? depth : depth + 1;
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, level));
                    }

                    break;
            }
        }

        return false;
    }
}
