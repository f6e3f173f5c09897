namespace BriefingGen.Conformance;

/// <summary>One condition a file breaks: the clause (“Matterhorn 28-012”, “ISO 19005-2 6.6.3”) and what was found.</summary>
/// <param name="Clause">The checkpoint or clause number, with the document it is from.</param>
/// <param name="Message">What is wrong, where.</param>
public sealed record ConformanceFailure(string Clause, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Clause}: {Message}";
}
