namespace BriefingGen.Model;

/// <summary>
/// Text with a named shade (e.g. <c>risk-high</c>, <c>status-active</c>) that the stylesheet turns
/// into colours: set in bold, and in a table cell it fills the cell, so a rating or status can be
/// read at a glance. Its words are always there too, so the meaning never rests on colour alone.
/// </summary>
/// <param name="Shade">The shade's name in the theme.</param>
/// <param name="Content">The text.</param>
public sealed record ShadedText(string Shade, IReadOnlyList<Inline> Content) : Inline
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
