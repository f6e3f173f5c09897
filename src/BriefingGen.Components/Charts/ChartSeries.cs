using BriefingGen.Model;

namespace BriefingGen.Components.Charts;

/// <summary>One series of a chart: a value for each category. Its origin is the series in the data.</summary>
/// <param name="Name">The name the legend shows.</param>
/// <param name="Values">One value per category, in the categories' order.</param>
/// <param name="Mark">Bars or a line.</param>
/// <param name="Secondary">Whether it is read against the secondary (right-hand) axis.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, SeriesMark Mark, bool Secondary) : Node;
