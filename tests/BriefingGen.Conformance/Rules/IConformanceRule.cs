namespace BriefingGen.Conformance.Rules;

/// <summary>One family of clauses, checked on a read file.</summary>
internal interface IConformanceRule
{
    /// <summary>The failures of <paramref name="file"/> against <paramref name="target"/>.</summary>
    IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target);
}
