using System.Text;
using BriefingGen.Server.Api;
using BriefingGen.Server.Security;
using BriefingGen.Server.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Addin;

/// <summary>
/// The Word add-in's two addresses: <c>/addin/manifest.xml</c>, the manifest with the address the
/// caller reached the service at, and <c>/addin/taskpane.html</c>, the workspace page with
/// Office.js. The task pane is the workspace itself, not a second page: the one difference is the
/// script tag that loads Office.js from Microsoft's CDN (Office requires it from there), put where
/// the page marks its place. Outside Word the same page is the workspace.
/// </summary>
internal static class AddinEndpoints
{
    /// <summary>Where Microsoft serves Office.js; add-ins must load it from here.</summary>
    public const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    /// <summary>The comment in the workspace page that the task pane replaces with Office.js.</summary>
    public const string OfficeJsMark = "<!-- office.js -->";

    /// <summary>Adds the endpoints.</summary>
    public static void Map(WebApplication app, EmbeddedAssets assets)
    {
        var page = Encoding.UTF8.GetString(assets.Files["/index.html"].Bytes);
        if (!page.Contains(OfficeJsMark, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the workspace page has no {OfficeJsMark} mark for the task pane's script");
        }

        var taskPane = Encoding.UTF8.GetBytes(page.Replace(OfficeJsMark, $"<script src=\"{OfficeJs}\"></script>", StringComparison.Ordinal));
        app.MapGet("/addin/manifest.xml", (HttpContext context) => Manifest(context));
        app.MapGet("/" + AddinManifest.TaskPanePath, (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.TaskPaneContentSecurityPolicy;
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(taskPane, "text/html; charset=utf-8");
        });
    }

    /// <summary>The manifest, naming the service by the scheme and host the caller used, so it works behind the name the user typed.</summary>
    private static IResult Manifest(HttpContext context)
    {
        var request = context.Request;
        if (!Uri.TryCreate($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute, out var address))
        {
            return Answers.Of(new Problem(StatusCodes.Status400BadRequest, "bad_host", "The request's Host header is not an address a manifest can name."));
        }

        context.Response.Headers.CacheControl = "no-cache";
        return Results.File(AddinManifest.For(address), "application/xml", "briefinggen-word-addin.xml");
    }
}
