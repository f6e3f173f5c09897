namespace BriefingGen.Pdf.Layout;

/// <summary>A document would need more pages than a PDF of ours may have.</summary>
/// <param name="limit">The limit reached.</param>
internal sealed class PageLimitException(int limit) : Exception($"the paper would run to more than {limit:N0} pages; split the data into several papers")
{
    /// <summary>The limit reached.</summary>
    public int Limit { get; } = limit;
}
