using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// Walks a paragraph's inlines in reading order and rebuilds them with their plain texts rewritten:
/// the containers (strong, emphasis, shaded text, links, tracked changes) are rebuilt around their rewritten
/// content; code, line breaks, footnote marks, page fields and components' own inlines pass
/// through untouched, each reported to <see cref="Passed"/> so a rewriter can keep its context.
/// </summary>
public abstract class InlineRewriter
{
    /// <summary>The inlines with every plain text rewritten; a text left alone stays the same object.</summary>
    protected List<Inline> Rewrite(IReadOnlyList<Inline> inlines)
    {
        var result = new List<Inline>(inlines.Count);

        // Indexed: every paragraph passes through each rewriter, and an interface's enumerator is an allocation.
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            switch (inline)
            {
                case Text text:
                    RewriteText(text, result);
                    break;
                case Strong strong:
                    result.Add(strong with { Content = Rewrite(strong.Content) });
                    break;
                case Emphasis emphasis:
                    result.Add(emphasis with { Content = Rewrite(emphasis.Content) });
                    break;
                case ShadedText shaded:
                    result.Add(shaded with { Content = Rewrite(shaded.Content) });
                    break;
                case Link link:
                    result.Add(link with { Content = Rewrite(link.Content) });
                    break;
                case TrackedChange change:
                    result.Add(change with { Content = Rewrite(change.Content) });
                    break;
                default:
                    Passed(inline);
                    result.Add(inline);
                    break;
            }
        }

        return result;
    }

    /// <summary>Adds <paramref name="text"/>, rewritten as one or more inlines, to <paramref name="into"/>.</summary>
    protected abstract void RewriteText(Text text, List<Inline> into);

    /// <summary>An inline that is not plain text went by; by default nothing happens.</summary>
    protected virtual void Passed(Inline inline)
    {
    }
}
