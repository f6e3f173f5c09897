using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BriefingGen.Server.Api;

/// <summary>
/// An answer serialised once, which can be sent any number of times: its status, media type and
/// bytes, and for a large answer the same bytes gzipped, made once too and sent to every client
/// that accepts gzip (every browser does). A preview is mostly SVG path text, which gzip makes
/// about four times smaller; compressing it once here, rather than in a middleware on every
/// send, keeps a kept answer as cheap to send again as it was to keep.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Body">The JSON.</param>
internal sealed record CachedAnswer(int Status, string ContentType, byte[] Body) : IResult
{
    /// <summary>Answers smaller than this are sent as they are: gzip would save less than it costs.</summary>
    public const int CompressFrom = 8 * 1024;

    /// <summary>The body gzipped, or null when it is too small to be worth it.</summary>
    public byte[]? Gzipped { get; } = Body.Length >= CompressFrom ? Gzip(Body) : null;

    /// <summary>The bytes this answer holds, plain and gzipped.</summary>
    public long Size => Body.Length + (Gzipped?.Length ?? 0);

    /// <summary><paramref name="value"/> serialised as the answer with <paramref name="status"/>.</summary>
    public static CachedAnswer Of<T>(int status, string contentType, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        new(status, contentType, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, type));

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        var body = Body;
        if (Gzipped is not null)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (AcceptsGzip(httpContext.Request))
            {
                response.Headers.ContentEncoding = "gzip";
                body = Gzipped;
            }
        }

        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>Whether the client said it accepts gzip with a quality above zero, by name or by <c>*</c>.</summary>
    internal static bool AcceptsGzip(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        var gzip = accepted.FirstOrDefault(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(e => e.Value.Equals("*", StringComparison.Ordinal));
        return gzip is not null && (gzip.Quality ?? 1) > 0;
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream(body.Length / 3);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
