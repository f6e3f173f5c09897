namespace BriefingGen.Conformance;

/// <summary>What a file is checked against: PDF/UA-1, PDF/A-2 at a level ('A' or 'B'), or both.</summary>
/// <param name="PdfUa1">True to check PDF/UA-1 (ISO 14289-1, by the Matterhorn Protocol's checkpoints).</param>
/// <param name="PdfA2Level">'A' or 'B' to check PDF/A-2 at that level; null not to.</param>
public sealed record ConformanceTarget(bool PdfUa1, char? PdfA2Level)
{
    /// <summary>
    /// The target named as the command line names standards (<c>ua1</c>, <c>a2b</c>, <c>a2a</c>,
    /// <c>a2a+ua1</c>), or null for another name.
    /// </summary>
    public static ConformanceTarget? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "ua1" => new(true, null),
        "a2b" => new(false, 'B'),
        "a2a" => new(false, 'A'),
        "a2a+ua1" => new(true, 'A'),
        _ => null,
    };

    /// <summary>True when PDF/A-2 is checked at level A, which adds tagging and Unicode text.</summary>
    public bool LevelA => PdfA2Level == 'A';
}
