using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Extensions;

namespace BriefingGen.Components.Digest;

/// <summary>
/// The digest's data step: the week and period filled in, the items merged and sorted, the listed
/// briefs read and summarised under <c>briefs</c>, and, given last week's snapshot, every change
/// since marked. Its output without the change marks is the snapshot for next week.
/// </summary>
internal sealed class DigestStep : IDataStep
{
    /// <inheritdoc />
    public DataNode? Apply(DataNode data, DataStepContext context, DiagnosticBag diagnostics)
    {
        if (data is not DataMap digest)
        {
            return data;
        }

        // What the step fills in is the step's alone: a data file that gives it is not believed.
        digest = DigestSnapshot.Strip(digest);
        digest = DigestWeek.Fill(digest);
        digest = DigestItems.Arrange(digest, diagnostics);
        if (BriefSummaries.Read(digest, context, diagnostics) is not { } briefs)
        {
            return null;
        }

        digest = DataBuild.With(digest, "briefs", briefs);
        return context.Baseline is DataMap previous
            ? DigestChanges.Apply(digest, DigestSnapshot.Strip(previous), redline: context.Flags.Contains(DigestExtension.RedlineFlag))
            : digest;
    }
}
