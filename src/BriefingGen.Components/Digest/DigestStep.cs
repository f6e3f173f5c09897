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
        if (!DigestWeek.Check(digest, diagnostics))
        {
            return null;
        }

        digest = DigestWeek.Fill(digest);
        digest = DigestItems.Arrange(digest, diagnostics);
        if (BriefSummaries.Read(digest, context, diagnostics) is not { } briefs)
        {
            return null;
        }

        digest = DataBuild.With(digest, "briefs", briefs);
        if (context.Baseline is not DataMap previous)
        {
            return digest;
        }

        return SnapshotUsable(previous, digest, diagnostics)
            ? DigestChanges.Apply(digest, DigestSnapshot.Strip(previous), redline: context.Flags.Contains(DigestExtension.RedlineFlag))
            : null;
    }

    /// <summary>
    /// True when last week's snapshot holds what the changes are read from, as the digest wrote
    /// it, and is of an earlier date than the digest; else false, with errors at the snapshot's lines.
    /// </summary>
    private static bool SnapshotUsable(DataMap previous, DataMap digest, DiagnosticBag diagnostics)
    {
        if (!DigestSchemas.Snapshot.Check(previous, diagnostics))
        {
            return false;
        }

        if (DigestWeek.DateOf(previous) is { } then && DigestWeek.DateOf(digest) is { } now && then >= now)
        {
            diagnostics.Error(previous["date"]!.Location, "date", $"the snapshot is of {then:yyyy-MM-dd}, not earlier than this digest's {now:yyyy-MM-dd}; give last week's snapshot");
            return false;
        }

        return true;
    }
}
