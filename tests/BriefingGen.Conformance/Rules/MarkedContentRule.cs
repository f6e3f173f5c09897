using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// Every mark on a page is either real content, in a marked-content sequence with an MCID that the
/// structure tree claims, or an artifact, and never one inside the other (Matterhorn 01-003, 01-004,
/// 01-005; ISO 14289-1 §7.1).
/// </summary>
internal sealed class MarkedContentRule : IConformanceRule
{
    /// <summary>The operators that put marks on the page (ISO 32000-1 §8.2, Table 51; §9.4.3; §8.8).</summary>
    private static readonly HashSet<string> Painting = ["f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "Do", "Tj", "TJ", "'", "\""];

    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        if (!target.PdfUa1)
        {
            yield break;
        }

        var claimed = file.Elements.SelectMany(e => e.MarkedContent.Select(m => (m.Page, m.Mcid))).ToHashSet();
        foreach (var page in file.Pages)
        {
            var pageObject = PageObjectNumber(file, page.Number);
            var stack = new List<(bool Artifact, bool Tagged)>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var op in page.Operations)
            {
                switch (op)
                {
                    case BeginMarkedContentWithProperties bdc:
                        var artifact = bdc.Name.Data == "Artifact";
                        var mcid = bdc.Properties is { } properties && properties.TryGet(NameToken.Create("MCID"), out var m) && m is NumericToken n ? n.Int : (int?)null;
                        if (artifact && stack.Any(s => s.Tagged) && reported.Add("01-003"))
                        {
                            yield return new("Matterhorn 01-003", $"page {page.Number}: an artifact inside tagged content");
                        }

                        if (mcid is not null && stack.Any(s => s.Artifact) && reported.Add("01-004"))
                        {
                            yield return new("Matterhorn 01-004", $"page {page.Number}: tagged content inside an artifact");
                        }

                        if (mcid is { } id && !claimed.Contains((pageObject, id)) && reported.Add("mcid"))
                        {
                            yield return new("Matterhorn 01-005", $"page {page.Number}: marked content MCID {id} belongs to no structure element");
                        }

                        stack.Add((artifact, mcid is not null));
                        break;
                    case BeginMarkedContent bmc:
                        if (bmc.Name.Data == "Artifact" && stack.Any(s => s.Tagged) && reported.Add("01-003"))
                        {
                            yield return new("Matterhorn 01-003", $"page {page.Number}: an artifact inside tagged content");
                        }

                        stack.Add((bmc.Name.Data == "Artifact", false));
                        break;
                    case EndMarkedContent when stack.Count > 0:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (Painting.Contains(op.Operator) && !stack.Any(s => s.Artifact || s.Tagged) && reported.Add("01-005"))
                        {
                            yield return new("Matterhorn 01-005", $"page {page.Number}: content ('{op.Operator}') neither tagged nor marked as an artifact");
                        }

                        break;
                }
            }
        }
    }

    /// <summary>The object number of page <paramref name="number"/>, as structure elements name it in Pg.</summary>
    private static long? PageObjectNumber(CheckedFile file, int number)
    {
        var kids = new List<long>();
        void Walk(IToken? node)
        {
            foreach (var kid in file.Array(file.Resolve(node) as DictionaryToken, "Kids"))
            {
                if (kid is IndirectReferenceToken reference && file.Resolve(kid) is DictionaryToken d)
                {
                    if (file.Name(d, "Type") == "Pages")
                    {
                        Walk(d);
                    }
                    else
                    {
                        kids.Add(reference.Data.ObjectNumber);
                    }
                }
            }
        }

        Walk(file.Get(file.Catalog, "Pages"));
        return number - 1 < kids.Count ? kids[number - 1] : null;
    }
}
