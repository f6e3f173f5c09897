namespace BriefingGen.Server.Api;

/// <summary>What <c>/api/templates</c> answers.</summary>
/// <param name="Templates">The packs, by name.</param>
internal sealed record TemplateList(IReadOnlyList<TemplateInfo> Templates);
