namespace BriefingGen.Html;

/// <summary>
/// Which link targets become live links. Only web and mail addresses (<c>http</c>, <c>https</c>,
/// <c>mailto</c>) and anchors of headings and exhibits that exist do; anything else — <c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c>, a relative path, an address that does not parse — stays as
/// its text, since a paper's link must never run code or point at the reader's own files.
/// </summary>
internal static class SafeLinks
{
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    /// <summary>The address to link to, or null when <paramref name="target"/> must not be a live link.</summary>
    /// <param name="target">The model's link target.</param>
    /// <param name="anchors">The ids in the document a link can lead to (<see cref="Model.ModelWalker.AnchorIds"/>).</param>
    public static string? Href(string target, IReadOnlySet<string> anchors)
    {
        if (target.StartsWith('#'))
        {
            return anchors.Contains(target[1..]) ? target : null;
        }

        if (target.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }

        return Uri.TryCreate(target, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.Ordinal)
            ? uri.AbsoluteUri
            : null;
    }
}
