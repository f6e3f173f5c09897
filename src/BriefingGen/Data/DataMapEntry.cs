using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>One key of a <see cref="DataMap"/> with its value and where the key was written.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeyLocation">Where the key stands in the file.</param>
/// <param name="Value">The value.</param>
public sealed record DataMapEntry(string Key, SourceLocation KeyLocation, DataNode Value);
