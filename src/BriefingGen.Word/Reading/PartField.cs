using BriefingGen.Word.Binding;

namespace BriefingGen.Word.Reading;

/// <summary>One field as the part lists it: where its value is, how it was shown, what it showed then and what it holds now.</summary>
/// <param name="Position">Its 1-based place, which bound controls' XPath names.</param>
/// <param name="Path">The data path.</param>
/// <param name="Label">The controls' title.</param>
/// <param name="Form">How it is shown.</param>
/// <param name="Printed">What it held when the paper was made.</param>
/// <param name="Current">What its element holds now: Word writes a bound control's edits here.</param>
internal sealed record PartField(int Position, string Path, string Label, FieldForm Form, string Printed, string Current)
{
    /// <summary>For a date: the pattern it is shown with.</summary>
    public string? DatePattern { get; init; }

    /// <summary>For a date: the culture it is shown in.</summary>
    public string? Culture { get; init; }
}
