using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>An answer serialised once, which can be sent any number of times: its status, media type and bytes.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Body">The JSON.</param>
internal sealed record CachedAnswer(int Status, string ContentType, byte[] Body) : IResult
{
    /// <summary><paramref name="value"/> serialised as the answer with <paramref name="status"/>.</summary>
    public static CachedAnswer Of<T>(int status, string contentType, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        new(status, contentType, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, type));

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = Body.Length;
        return httpContext.Response.Body.WriteAsync(Body).AsTask();
    }
}
