using BriefingGen.Conformance.Rules;

namespace BriefingGen.Conformance;

/// <summary>
/// Checks a finished PDF against PDF/UA-1 and PDF/A-2, independently of the writer that made it:
/// the file is read with PdfPig, and each rule family checks the machine-checkable conditions
/// that apply to what BriefingGen writes. The clauses checked, and those left to others, are listed
/// in this project's README.md.
/// </summary>
public static class PdfConformanceChecker
{
    private static readonly IConformanceRule[] Rules =
    [
        new FileStructureRule(), new IdentificationRule(), new DocumentInfoRule(), new OutputIntentRule(), new TaggingRule(),
        new MarkedContentRule(), new StructureRule(), new LanguageRule(), new AnnotationRule(), new FontRule(),
    ];

    /// <summary>The failures of the file at <paramref name="path"/>; none means it passes every check.</summary>
    /// <param name="path">The PDF.</param>
    /// <param name="target">What to check against; null for what the file's own metadata claims.</param>
    public static IReadOnlyList<ConformanceFailure> Check(string path, ConformanceTarget? target = null) => Check(File.ReadAllBytes(path), target);

    /// <summary>The failures of the PDF in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The PDF.</param>
    /// <param name="target">What to check against; null for what the file's own metadata claims.</param>
    public static IReadOnlyList<ConformanceFailure> Check(byte[] bytes, ConformanceTarget? target = null)
    {
        using var file = new CheckedFile(bytes);
        target ??= IdentificationRule.Claimed(file);
        return [.. Rules.SelectMany(r => r.Check(file, target))];
    }
}
