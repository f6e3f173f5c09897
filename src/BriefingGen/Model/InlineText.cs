namespace BriefingGen.Model;

/// <summary>The characters of inlines without their formatting: for outlines, contents entries and alternate text.</summary>
public static class InlineText
{
    /// <summary>The plain text of <paramref name="inlines"/>; a line break reads as a space, a note mark as nothing.</summary>
    public static string Of(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i.PlainText));

    /// <summary>The text of every run of inlines in <paramref name="blocks"/> (paragraphs, headings, cells), separated by spaces.</summary>
    public static string Of(IEnumerable<Block> blocks) =>
        string.Join(' ', blocks
            .SelectMany(ModelWalker.DescendantsAndSelf)
            .Where(n => n is Block)
            .Select(n => Of(n.Children.OfType<Inline>()))
            .Where(t => t.Length > 0));
}
