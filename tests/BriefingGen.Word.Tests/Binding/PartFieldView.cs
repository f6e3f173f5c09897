namespace BriefingGen.Word.Tests.Binding;

/// <summary>One field as a paper's part lists it, for tests that edit the controls that show it.</summary>
/// <param name="Path">The data path of its value.</param>
/// <param name="Form">text, choice, date or markdown.</param>
/// <param name="Printed">What it showed (for a choice or date, its value) when the paper was made; null for Markdown.</param>
/// <param name="Pattern">For a date: the .NET pattern it is shown with.</param>
/// <param name="Culture">For a date: the culture it is shown in.</param>
internal sealed record PartFieldView(string Path, string Form, string? Printed, string? Pattern, string? Culture);
