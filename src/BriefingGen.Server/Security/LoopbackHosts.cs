using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Security;

/// <summary>
/// A service on loopback answers only requests addressed to loopback names. A web page elsewhere
/// could otherwise point a name of its own at 127.0.0.1 (DNS rebinding) and read the service's
/// answers as its own origin.
/// </summary>
internal static class LoopbackHosts
{
    /// <summary>True when the request's Host is <c>localhost</c>, <c>127.0.0.1</c> or <c>[::1]</c>, on any port.</summary>
    public static bool Allows(HttpRequest request)
    {
        var host = request.Host.Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";
    }
}
