using System.Globalization;
using BriefingGen.Compose;
using BriefingGen.Model;
using Scriban.Runtime;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The risk functions templates call: <c>risk_score risk</c> (likelihood × impact),
/// <c>risk_score_text risk</c> (the sum written out on one line), <c>risk_band score</c>,
/// <c>sort_risks risks</c> (by score, highest first) and
/// <c>risk_matrix risks likelihood_label impact_label</c>, which places the grid. The matrix
/// names its bands with the pack's labels <c>rating_low</c> … <c>rating_critical</c>, titles its
/// legend with <c>risk_legend</c> and its alternative text with <c>risk_matrix</c>.
/// </summary>
internal static class RiskFunctions
{
    /// <summary>The functions, for registration.</summary>
    public static IEnumerable<TemplateFunction> All() =>
    [
        new("risk_score", 1, 1, call => Score(call, call.Argument(0))),
        new("risk_score_text", 1, 1, ScoreText),
        new("risk_band", 1, 1, call => RiskBands.Of(call.Whole(call.Argument(0), "risk_band's score"))),
        new("sort_risks", 1, 1, SortRisks),
        new("risk_matrix", 3, 3, Matrix),
    ];

    private static long Score(TemplateCall call, object? risk)
    {
        var fields = call.Map(risk, "a risk");
        return Step(call, fields, "likelihood") * Step(call, fields, "impact");
    }

    /// <summary>
    /// "3 × 4 = 12" with the score in bold, joined by no-break spaces so it never wraps in the middle.
    /// A score of one digit is led by a figure space, as wide as a digit: in a column aligned right,
    /// every row's operators then stand one above the other.
    /// </summary>
    private static IReadOnlyList<Inline> ScoreText(TemplateCall call)
    {
        const string Space = "\u00A0";
        var fields = call.Map(call.Argument(0), "a risk");
        var score = Step(call, fields, "likelihood") * Step(call, fields, "impact");
        var scoreText = (score < 10 ? "\u2007" : "") + score.ToString(CultureInfo.InvariantCulture);
        return
        [
            call.TextNode(fields["likelihood"]),
            new Text(Space + "×" + Space),
            call.TextNode(fields["impact"]),
            new Text(Space + "=" + Space),
            new Strong([new Text(scoreText)]),
        ];
    }

    /// <summary>Risks ordered by score, highest first; equal scores keep their order in the data.</summary>
    private static ScriptArray SortRisks(TemplateCall call)
    {
        var sorted = call.List(0)
            .Select((risk, index) => (risk, index, score: Score(call, risk)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Select(x => x.risk);
        return new ScriptArray(sorted);
    }

    private static RiskMatrix Matrix(TemplateCall call)
    {
        // A marker names its risk in the grid and the register; two risks of one id could not be told apart.
        var first = new Dictionary<string, (RiskPoint Point, object? Id)>(StringComparer.Ordinal);
        var points = call.List(0).Select(risk =>
        {
            var fields = call.Map(risk, "each risk");
            var id = fields.TryGetValue("id", out var value) ? value : null;
            var point = new RiskPoint(call.TextNode(id).Value, (int)Step(call, fields, "likelihood"), (int)Step(call, fields, "impact")) { Origin = call.OriginOf(id) };
            if (point.Id.Length > 0 && !first.TryAdd(point.Id, (point, id)))
            {
                throw SameId(call, first[point.Id], (point, id));
            }

            return point;
        }).ToList();
        var legend = RiskBands.All.Select(band =>
        {
            var (lowest, highest) = RiskBands.Scores(band);
            return new RiskLegendEntry(band, call.Label("rating_" + band, RiskBands.Title(band)), lowest, highest);
        }).ToList();
        return new RiskMatrix(points, call.TextNode(call.Argument(1)).Value, call.TextNode(call.Argument(2)).Value)
        {
            Title = call.Label("risk_matrix", "Risk matrix"),
            LegendTitle = call.Label("risk_legend", "Rating by score"),
            Legend = legend,
        };
    }

    /// <summary>
    /// The error for two risks of one id, at the one later in the data (the list comes sorted by
    /// score, not in the data's order), naming the other; an id the template gave a risk that had
    /// none ("R1" for the first) has no place in the data, so the error stands at the one written there.
    /// </summary>
    private static Exception SameId(TemplateCall call, (RiskPoint Point, object? Id) one, (RiskPoint Point, object? Id) other)
    {
        var (earlier, later) = (one.Point.Origin, other.Point.Origin) switch
        {
            (null, _) => (one, other),
            (_, null) => (other, one),
            var (a, b) => (a.Location.Line, a.Location.Column).CompareTo((b.Location.Line, b.Location.Column)) <= 0 ? (one, other) : (other, one),
        };
        var where = earlier.Point.Origin is { } origin
            ? $" (first given at {origin.Path}, line {origin.Location.Line})"
            : " (the number given to a risk without an id by its place in the list)";
        return call.ErrorAt(later.Id, $"two risks have the id '{later.Point.Id}'{where}; the matrix and the register name each risk by its id, so give each its own");
    }

    /// <summary>A risk's likelihood or impact: a whole number from 1 to 5.</summary>
    private static long Step(TemplateCall call, IReadOnlyDictionary<string, object?> risk, string field)
    {
        var value = call.Whole(risk.TryGetValue(field, out var v) ? v : null, $"a risk's '{field}'");
        return value is >= 1 and <= RiskMatrix.Size ? value : throw call.Error($"a risk's '{field}' must be from 1 to {RiskMatrix.Size}, got {value}");
    }
}
