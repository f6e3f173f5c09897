using BriefingGen.Compose;
using BriefingGen.Model;

namespace BriefingGen.Components.Digest;

/// <summary>
/// <c>redline previous current date</c>: the current text with what changed since the previous
/// one as tracked changes — insertions and deletions credited to BriefingGen on
/// <c>date</c> (the digest's date, so the same input gives the same
/// file). Both texts are Markdown fields and are compared as the words a reader sees.
/// </summary>
internal static class RedlineFunction
{
    /// <summary>Who tracked changes are credited to.</summary>
    public const string Author = "BriefingGen";

    /// <summary>The function, for registration.</summary>
    public static TemplateFunction Create() => new("redline", 3, 3, Redline);

    private static IReadOnlyList<Inline> Redline(TemplateCall call)
    {
        var before = Plain(call.Argument(0) is null ? "" : call.TextNode(call.Argument(0)).Value);
        var after = Plain(call.Argument(1) is null ? "" : call.TextNode(call.Argument(1)).Value);
        var date = call.TextNode(call.Argument(2)).Value;
        return WordDiff.Compare(before, after).Select(piece => piece.Change switch
        {
            WordChange.Inserted => new TrackedChange(TrackedChangeKind.Inserted, [new Text(piece.Text)], Author, date),
            WordChange.Deleted => new TrackedChange(TrackedChangeKind.Deleted, [new Text(piece.Text)], Author, date),
            _ => (Inline)new Text(piece.Text),
        }).ToList();
    }

    /// <summary>
    /// A Markdown field's text as a reader sees it, on one line: read as the paper reads a field
    /// (<see cref="Markup.MarkdownPipelines.Prose"/>), so what looks like HTML stays the text it
    /// is, as the paper prints it, instead of being dropped as markup.
    /// </summary>
    internal static string Plain(string markdown) =>
        string.Join(' ', Markdig.Markdown.ToPlainText(markdown, Markup.MarkdownPipelines.Prose).Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
