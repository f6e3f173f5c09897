namespace BriefingGen.Model;

/// <summary>One allowed value of a field and the words the paper shows for it.</summary>
/// <param name="Value">The value as the data writes it, e.g. <c>active</c>.</param>
/// <param name="Label">What the paper shows, e.g. "Active".</param>
public sealed record ValueLabel(string Value, string Label);
