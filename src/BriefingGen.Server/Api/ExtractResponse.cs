namespace BriefingGen.Server.Api;

/// <summary>What <c>/api/extract</c> answers: the paper's data, with the edits made in Word, ready for the editor.</summary>
/// <param name="Template">The pack that made the paper, as <c>/api/templates</c> lists it.</param>
/// <param name="Version">The pack's version when the paper was made.</param>
/// <param name="Format">The format of <paramref name="Data"/>: <c>yaml</c> or <c>json</c>.</param>
/// <param name="Data">The data as text.</param>
/// <param name="Changes">What changed since the paper was made, in document order.</param>
/// <param name="Diagnostics">Warnings, and errors of the pack's schema in the edited data (the data is still given, to be fixed in the editor).</param>
internal sealed record ExtractResponse(string Template, string Version, string Format, string Data, IReadOnlyList<ChangeItem> Changes, IReadOnlyList<DiagnosticItem> Diagnostics);
