namespace BriefingGen.Compose.Functions;

/// <summary>
/// A web address as a printed page shows it: no scheme, no "www.", no trailing slash, and a long
/// path cut back at a slash with an ellipsis. A reader types it from paper; a screen reader
/// speaks it; the full address stays in the link itself.
/// </summary>
internal static class ShortUrl
{
    /// <summary>The longest printed form, in characters, before the path is cut back.</summary>
    public const int MaxLength = 60;

    /// <summary>The printed form of <paramref name="url"/>; text that is not an http, https or mailto address is returned as it is.</summary>
    public static string Of(string url)
    {
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        if (uri.Scheme == Uri.UriSchemeMailto)
        {
            return $"{uri.UserInfo}@{uri.Host}";
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return url;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var text = host + Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Cut at the last slash that leaves room for the ellipsis; a host alone too long is cut where it must be.
        var cut = text.LastIndexOf('/', MaxLength - 2);
        return (cut > host.Length ? text[..(cut + 1)] : text[..(MaxLength - 1)]) + "\u2026";
    }
}
