using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Extensions;

/// <summary>
/// A step a component runs on the data after it passed the pack's schema and before the templates
/// see it — a digest reads the briefs it lists, sorts its items and marks what changed since last
/// week — so that every way of making the paper (<c>render</c>, <c>validate</c>, the service) sees
/// the same data. Templates stay free of files and arithmetic they cannot check. A step reports
/// problems at the data (or the files it names) and never throws for bad input.
/// </summary>
public interface IDataStep
{
    /// <summary>The data the templates see, or null after an error reported to <paramref name="diagnostics"/>.</summary>
    DataNode? Apply(DataNode data, DataStepContext context, DiagnosticBag diagnostics);
}
