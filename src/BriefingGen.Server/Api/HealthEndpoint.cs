using Microsoft.AspNetCore.Builder;

namespace BriefingGen.Server.Api;

/// <summary><c>GET /healthz</c>: that the service is up, for load balancers and scripts; it needs no key.</summary>
internal static class HealthEndpoint
{
    /// <summary>Adds the endpoint.</summary>
    public static void Map(WebApplication app, ServerState state) =>
        app.MapGet("/healthz", () => Answers.Json(new Health("ok", state.Packs.All.Count), ServerJson.Relaxed.Health));
}
