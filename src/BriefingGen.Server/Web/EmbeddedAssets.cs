using System.Security.Cryptography;

namespace BriefingGen.Server.Web;

/// <summary>
/// The workspace's files (HTML, CSS, scripts, icons) and the OpenAPI document, read once from the
/// assembly's embedded resources, so the service needs no folder beside it and serves the same
/// bytes wherever it runs. Each file has a strong ETag from its contents.
/// </summary>
internal sealed class EmbeddedAssets
{
    private readonly Dictionary<string, EmbeddedAsset> _files;

    private EmbeddedAssets(Dictionary<string, EmbeddedAsset> files) => _files = files;

    /// <summary>Every file by its URL path (<c>/index.html</c>, <c>/js/app.js</c>, <c>/openapi.json</c>).</summary>
    public IReadOnlyDictionary<string, EmbeddedAsset> Files => _files;

    /// <summary>Reads the resources of this assembly.</summary>
    public static EmbeddedAssets Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var files = new Dictionary<string, EmbeddedAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = "/" + (name.StartsWith("wwwroot/", StringComparison.Ordinal) ? name["wwwroot/".Length..] : name);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var tag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..20] + "\"";
            files[path] = new EmbeddedAsset(bytes, ContentType(path), tag);
        }

        return new EmbeddedAssets(files);
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
