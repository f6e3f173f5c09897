using BriefingGen.Data;

namespace BriefingGen.Extensions;

/// <summary>What a <see cref="IDataStep"/> may know about where the data came from.</summary>
/// <param name="SourceName">The data's name in messages (its file's path).</param>
/// <param name="Folder">The folder files named in the data are read from, or null when the data came from no folder (the service), so no file may be read.</param>
/// <param name="Baseline">An earlier version of the step's output to mark changes against (a digest's snapshot of last week), or null.</param>
/// <param name="Limits">The limits every data file read must keep.</param>
/// <param name="Flags">Named switches from the command line, such as a digest's <c>redline</c>.</param>
public sealed record DataStepContext(string SourceName, string? Folder, DataNode? Baseline, DataLimits Limits, IReadOnlySet<string> Flags);
