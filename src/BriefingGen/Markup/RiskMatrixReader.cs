using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>
/// Reads the body of a <c>risk-matrix</c> fenced block, as the <c>risk_matrix</c> template function
/// writes it: <c>likelihood TAB title</c>, <c>impact TAB title</c>, then one <c>id TAB likelihood
/// TAB impact</c> line per risk.
/// </summary>
internal static class RiskMatrixReader
{
    /// <summary>Builds the matrix, reporting lines it cannot read.</summary>
    public static RiskMatrix Read(IReadOnlyList<string> lines, SourceLocation location, DiagnosticBag diagnostics)
    {
        string likelihood = "Likelihood", impact = "Impact";
        var risks = new List<RiskPoint>();
        for (var n = 0; n < lines.Count; n++)
        {
            var parts = lines[n].Split('\t');
            if (parts.Length == 2 && parts[0] == "likelihood")
            {
                likelihood = parts[1];
            }
            else if (parts.Length == 2 && parts[0] == "impact")
            {
                impact = parts[1];
            }
            else if (parts.Length == 3 && Step(parts[1]) is { } l && Step(parts[2]) is { } i)
            {
                risks.Add(new RiskPoint(MarkdownConverter.Unescape(parts[0]), l, i));
            }
            else if (lines[n].Trim().Length > 0)
            {
                diagnostics.Error(location with { Line = location.Line + 1 + n, Column = 1 }, "", "risk-matrix line must be 'id TAB likelihood TAB impact' with likelihood and impact from 1 to 5");
            }
        }

        return new RiskMatrix(risks, likelihood, impact);
    }

    private static int? Step(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= RiskMatrix.Size ? v : null;
}
