namespace BriefingGen.Server.Api;

/// <summary>
/// An error answer, as <c>application/problem+json</c> (RFC 9457): the status, a stable
/// <paramref name="Code"/> a program can act on, a sentence for people, and the diagnostics when
/// the data is what is wrong.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">What went wrong, in one stable word: <c>body_too_large</c>, <c>invalid_data</c>, <c>unknown_template</c>…</param>
/// <param name="Title">What went wrong and what to do, in a sentence.</param>
/// <param name="Diagnostics">The data's errors and warnings, when the data is at fault.</param>
internal sealed record Problem(int Status, string Code, string Title, IReadOnlyList<DiagnosticItem>? Diagnostics = null);
