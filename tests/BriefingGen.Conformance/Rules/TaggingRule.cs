using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// A tagged file (ISO 14289-1 §7.1; ISO 19005-2 §6.7.2.2 at level A): MarkInfo with Marked true,
/// no Suspects (Matterhorn 01-007), and a structure tree.
/// </summary>
internal sealed class TaggingRule : IConformanceRule
{
    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        var clauses = new List<string>();
        if (target.PdfUa1)
        {
            clauses.Add("ISO 14289-1 7.1");
        }

        if (target.LevelA)
        {
            clauses.Add("ISO 19005-2 6.7.2.2");
        }

        var markInfo = file.Dictionary(file.Catalog, "MarkInfo");
        foreach (var clause in clauses)
        {
            if (file.Get(markInfo, "Marked") is not BooleanToken { Data: true })
            {
                yield return new(clause, "the catalog's MarkInfo does not say Marked true");
            }

            if (file.Dictionary(file.Catalog, "StructTreeRoot") is null)
            {
                yield return new(clause, "the catalog has no structure tree (StructTreeRoot)");
            }
        }

        if (target.PdfUa1 && file.Get(markInfo, "Suspects") is BooleanToken { Data: true })
        {
            yield return new("Matterhorn 01-007", "MarkInfo says Suspects true");
        }
    }
}
