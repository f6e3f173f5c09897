namespace BriefingGen.Conformance.Rules;

/// <summary>
/// The natural language of the text can be determined (Matterhorn 11-001, 11-006; ISO 14289-1 §7.2):
/// the catalog's Lang gives the document's, or every element with content states its own.
/// </summary>
internal sealed class LanguageRule : IConformanceRule
{
    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        if (!target.PdfUa1 || !string.IsNullOrWhiteSpace(file.Text(file.Catalog, "Lang")))
        {
            yield break;
        }

        bool Stated(StructElement? e) => e is not null && (!string.IsNullOrWhiteSpace(file.Text(e.Dictionary, "Lang")) || Stated(e.Parent));
        if (file.Elements.Any(e => e.MarkedContent.Count > 0 && !Stated(e)))
        {
            yield return new("Matterhorn 11-001", "the catalog has no Lang and not every tagged element states its language: the language of the text cannot be determined");
        }

        yield return new("Matterhorn 11-006", "the catalog has no Lang: the language of the document's metadata cannot be determined");
    }
}
