using BriefingGen.Model;

namespace BriefingGen.Markings;

/// <summary>One text of a marking as written, with the data value it came from (null when a template wrote it).</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="Origin">Where it is written in the data, or null.</param>
internal sealed record MarkingValue(string Text, Origin? Origin);
