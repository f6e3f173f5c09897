using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Security;

/// <summary>
/// The headers every answer carries. The Content-Security-Policy lets the page run only the
/// service's own script files (no inline script, no eval, nothing from elsewhere), show pictures
/// from itself and from the blobs it makes, talk only to itself, and be framed only by Office's
/// hosts, which show it as a task pane in Word on the web.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The Office hosts allowed to frame the page (Word on the web and Microsoft 365).</summary>
    public static IReadOnlyList<string> OfficeHosts { get; } =
    [
        "https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com", "https://*.microsoft365.com",
        "https://*.cloud.microsoft", "https://*.sharepoint.com", "https://onedrive.live.com",
    ];

    /// <summary>The policy, one directive after another.</summary>
    public static string ContentSecurityPolicy { get; } = string.Join("; ",
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' blob: data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors " + string.Join(' ', OfficeHosts));

    /// <summary>
    /// The task pane's policy: the workspace's, and also Office.js, which Word's task pane must load
    /// from Microsoft's CDN and which loads its own parts and telemetry from these hosts and sets
    /// inline styles on what it adds to the page.
    /// </summary>
    public static string TaskPaneContentSecurityPolicy { get; } = string.Join("; ",
        "default-src 'none'",
        "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' blob: data:",
        "connect-src 'self' https://appsforoffice.microsoft.com https://browser.pipe.aria.microsoft.com",
        "frame-src https://appsforoffice.microsoft.com",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors " + string.Join(' ', OfficeHosts));

    /// <summary>Sets the headers on <paramref name="response"/>.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        if (response.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            // Papers and diagnostics hold the user's data: no cache, shared or private, keeps them.
            headers.CacheControl = "no-store";
        }
    }
}
