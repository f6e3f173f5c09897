namespace BriefingGen.Model;

/// <summary>
/// The one way to visit every node of a document, built-in and component kinds alike, through
/// <see cref="Node.Children"/>. Traversal is depth-first in reading order and uses an explicit
/// stack, so a deeply nested document cannot overflow the call stack.
/// </summary>
public static class ModelWalker
{
    /// <summary><paramref name="node"/> and every node inside it, in reading order.</summary>
    public static IEnumerable<Node> DescendantsAndSelf(Node node)
    {
        var stack = new Stack<IEnumerator<Node>>();
        yield return node;
        stack.Push(node.Children.GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                top.Dispose();
                stack.Pop();
                continue;
            }

            yield return top.Current;
            stack.Push(top.Current.Children.GetEnumerator());
        }
    }

    /// <summary>Every node inside <paramref name="node"/>, not counting itself.</summary>
    public static IEnumerable<Node> Descendants(Node node) => DescendantsAndSelf(node).Skip(1);

    /// <summary>Every node of <paramref name="blocks"/> and inside them, in reading order.</summary>
    public static IEnumerable<Node> All(IEnumerable<Block> blocks) => blocks.SelectMany(DescendantsAndSelf);

    /// <summary>Every heading in document order, including those nested in callouts, quotes, cells and notes.</summary>
    public static IEnumerable<Heading> Headings(IEnumerable<Block> blocks) => All(blocks).OfType<Heading>();

    /// <summary>The id an internal link (<c>#id</c>) can lead to at <paramref name="node"/>: a heading's, or an anchored paragraph's (an exhibit's caption); null at any other node.</summary>
    public static string? AnchorOf(Node node) => node switch
    {
        Heading heading => heading.Id,
        Paragraph paragraph => paragraph.Anchor,
        _ => null,
    };

    /// <summary>
    /// Every id in <paramref name="blocks"/> an internal link can lead to. Every format asks this
    /// one question, so a link is live in all of them or in none.
    /// </summary>
    public static HashSet<string> AnchorIds(IEnumerable<Block> blocks) =>
        All(blocks).Select(AnchorOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The anchored paragraphs of <paramref name="role"/> (exhibits' captions), in document order.</summary>
    public static IEnumerable<Paragraph> Anchored(IEnumerable<Block> blocks, string role) =>
        All(blocks).OfType<Paragraph>().Where(p => p.Anchor is not null && p.Role == role);
}
