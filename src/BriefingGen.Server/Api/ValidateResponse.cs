namespace BriefingGen.Server.Api;

/// <summary>What <c>/api/validate</c> answers.</summary>
/// <param name="Valid">True when there is no error (warnings may remain).</param>
/// <param name="Diagnostics">Errors and warnings, in the order found.</param>
internal sealed record ValidateResponse(bool Valid, IReadOnlyList<DiagnosticItem> Diagnostics);
