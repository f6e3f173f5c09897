using System.Text.Json;

namespace BriefingGen.Server.Api;

/// <summary>One pack as <c>/api/templates</c> lists it.</summary>
/// <param name="Name">The name requests use.</param>
/// <param name="Description">What it makes.</param>
/// <param name="Version">The pack's version.</param>
/// <param name="DefaultLanguage">The language of a paper whose data names none.</param>
/// <param name="Languages">The languages it has labels for.</param>
/// <param name="Outputs">The formats <c>/api/render</c> makes with it.</param>
/// <param name="HasExample">True when <c>/api/templates/{name}/example</c> has data to start from.</param>
/// <param name="Schema">Its data schema (JSON Schema), or null.</param>
internal sealed record TemplateInfo(string Name, string Description, string Version, string DefaultLanguage, IReadOnlyList<string> Languages, IReadOnlyList<string> Outputs, bool HasExample, JsonElement? Schema);
