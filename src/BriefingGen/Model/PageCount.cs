namespace BriefingGen.Model;

/// <summary>The number of pages in the document: Word writes a NUMPAGES field, the PDF engine the count.</summary>
public sealed record PageCount : Inline
{
    /// <summary>Reads as a hash mark where no count is known.</summary>
    public override string PlainText => "#";
}
