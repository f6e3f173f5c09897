namespace BriefingGen.Model;

/// <summary>
/// The number of the page it is printed on, in its section's numbering (1, iv, A-3). Word writes a
/// PAGE field; the PDF engine fills it in as it lays pages out. Only a pack's own text can make
/// one: a <c>{page}</c> typed in the data stays literal text.
/// </summary>
public sealed record PageNumber : Inline
{
    /// <summary>Reads as a hash mark where no page is known (alternate text, outlines).</summary>
    public override string PlainText => "#";
}
