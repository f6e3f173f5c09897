using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>
/// <c>GET /api/templates</c>: the packs offered, with what each makes, its languages and its data
/// schema; <c>GET /api/templates/{name}/example</c>: the sample data a pack ships, which the
/// workspace starts from.
/// </summary>
internal static class TemplatesEndpoint
{
    /// <summary>Adds the endpoints.</summary>
    public static void Map(WebApplication app, ServerState state)
    {
        app.MapGet("/api/templates", () => Answers.Json(List(state), ServerJson.Relaxed.TemplateList));
        app.MapGet("/api/templates/{name}/example", (string name) =>
            state.Packs.Find(name) is not { } pack
                ? Answers.Of(new Problem(StatusCodes.Status404NotFound, "unknown_template", $"There is no template pack '{name}'; GET /api/templates lists them."))
                : pack.Example is not { } example
                    ? Answers.Of(new Problem(StatusCodes.Status404NotFound, "no_example", $"The template pack '{name}' ships no example data."))
                    : Answers.Json(example, ServerJson.Relaxed.ExampleData));
    }

    private static TemplateList List(ServerState state) =>
        new(state.Packs.All.Select(p => new TemplateInfo(
            p.Name,
            p.Description,
            p.Engine.Pack!.Manifest.Version,
            p.Engine.Pack.DefaultLanguage,
            p.Languages,
            [.. RenderEndpoint.Outputs.Keys],
            p.Example is not null,
            p.Schema)).ToList());
}
