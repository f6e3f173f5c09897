using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Web;

/// <summary>
/// Serves the workspace page at <c>/</c>, its files, and <c>/openapi.json</c>, each with its ETag;
/// a browser that has the file asks with <c>If-None-Match</c> and gets 304. Only the embedded
/// files exist: no URL reaches the file system.
/// </summary>
internal static class AssetEndpoints
{
    /// <summary>Adds one GET endpoint per file, and <c>/</c> for the page.</summary>
    public static void Map(WebApplication app, EmbeddedAssets assets)
    {
        foreach (var (path, asset) in assets.Files)
        {
            app.MapGet(path, (HttpContext context) => Serve(context, asset));
            if (path == "/index.html")
            {
                app.MapGet("/", (HttpContext context) => Serve(context, asset));
            }
        }
    }

    private static IResult Serve(HttpContext context, EmbeddedAsset asset)
    {
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }
}
