namespace BriefingGen.Server.Api;

/// <summary>What <c>/healthz</c> answers.</summary>
/// <param name="Status"><c>ok</c>.</param>
/// <param name="Templates">How many packs are offered.</param>
internal sealed record Health(string Status, int Templates);
