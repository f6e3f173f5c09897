using System.Text.Json;
using BriefingGen.Server.Packs;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BriefingGen.Server.Api;

/// <summary>
/// Reads a paper request's body within the service's limits: JSON only (which also keeps other web
/// sites from posting to the service from a visitor's browser), no larger than the limit, with a
/// known pack and format. The body is read into memory and never written anywhere.
/// </summary>
internal static class RequestReader
{
    /// <summary>The request and its pack, or the problem to answer with.</summary>
    public static async Task<(PaperRequest? Request, PackEntry? Pack, Problem? Problem)> ReadAsync(HttpContext context, ServerState state)
    {
        var (body, bodyProblem) = await ReadJsonBodyAsync(context, state).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return (null, null, bodyProblem);
        }

        PaperRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body!, ServerJson.Default.PaperRequest);
        }
        catch (JsonException e)
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "malformed_request", RequestJson.Why(e)));
        }

        if (request is null || string.IsNullOrEmpty(request.Template) || request.Data is null)
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "malformed_request", "The request needs 'template' (a pack's name) and 'data' (the data as text)."));
        }

        var format = request.Format ?? "yaml";
        if (!DataFormats.All.Contains(format))
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "unknown_format", $"'format' must be {string.Join(" or ", DataFormats.All)}, not '{format}'."));
        }

        if (state.Packs.Find(request.Template) is not { } pack)
        {
            return (null, null, new Problem(StatusCodes.Status404NotFound, "unknown_template", $"There is no template pack '{request.Template}'; GET /api/templates lists them."));
        }

        return (request with { Format = format }, pack, null);
    }

    /// <summary>A JSON body within the size limit, or the problem to answer with.</summary>
    public static async Task<(byte[]? Body, Problem? Problem)> ReadJsonBodyAsync(HttpContext context, ServerState state)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "Send the request as JSON, with 'Content-Type: application/json'."));
        }

        var limit = state.Options.MaxRequestBytes;
        var tooLarge = new Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large", $"The request is larger than {limit:N0} bytes, the most this service accepts.");
        if (context.Request.ContentLength > limit)
        {
            return (null, tooLarge);
        }

        try
        {
            var body = await ReadBoundedAsync(context.Request.Body, limit, context.RequestAborted).ConfigureAwait(false);
            return body.Length > limit ? (null, tooLarge) : (body, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge);
        }
    }

    /// <summary>The body, read no further than the first chunk that takes it past <paramref name="limit"/>.</summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream body, long limit, CancellationToken aborted)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, aborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
