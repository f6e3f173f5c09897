namespace BriefingGen.Model;

/// <summary>The characters of inlines without their formatting: for outlines, contents entries and alternate text.</summary>
public static class InlineText
{
    /// <summary>The plain text of <paramref name="inlines"/>; a line break reads as a space, a note mark as nothing.</summary>
    public static string Of(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text t => t.Value,
        Code c => c.Value,
        Emphasis e => Of(e.Content),
        Strong s => Of(s.Content),
        Link l => Of(l.Content),
        LineBreak => " ",
        _ => "",
    }));
}
