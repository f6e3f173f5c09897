using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingGen.Server.Packs;

namespace BriefingGen.Server.Api;

/// <summary>
/// The JSON of every request and answer, generated at compile time so the service runs as a
/// Native AOT binary without reflection. Property names are camelCase.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PaperRequest))]
[JsonSerializable(typeof(ExtractRequest))]
[JsonSerializable(typeof(ExtractResponse))]
[JsonSerializable(typeof(ValidateResponse))]
[JsonSerializable(typeof(IReadOnlyList<DiagnosticItem>))]
[JsonSerializable(typeof(TemplateList))]
[JsonSerializable(typeof(ExampleData))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(Health))]
internal sealed partial class ServerJson : JsonSerializerContext
{
    /// <summary>
    /// The context the service uses: markup in a preview's SVG is written as it is (<c>"</c> as
    /// <c>\"</c>, not <c>\u0022</c>), which keeps answers a third smaller; every answer is JSON
    /// served as such, never read as HTML.
    /// </summary>
    public static ServerJson Relaxed { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
