namespace BriefingGen.Model;

/// <summary>
/// Text inserted or deleted since an earlier version, shown as a revision a reader can accept or
/// reject: in Word a real tracked change, in print underlined or struck through with a bar in the
/// margin. Made by a digest's redline from last week's text and this week's.
/// </summary>
/// <param name="Kind">Inserted or deleted.</param>
/// <param name="Content">The text inserted or deleted.</param>
/// <param name="Author">Who the change is credited to.</param>
/// <param name="Date">When, as YYYY-MM-DD (from the data, so the same input gives the same file).</param>
public sealed record TrackedChange(TrackedChangeKind Kind, IReadOnlyList<Inline> Content, string Author, string Date) : Inline
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
