using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace BriefingGen.Server.Web;

/// <summary>
/// The response compression middleware's choice, except that an answer which says it is short is
/// sent as it is. A validation answer is often a few dozen bytes: gzip would make it no smaller,
/// and setting up an encoder for it costs more than sending it. Large kept answers arrive already
/// compressed (<see cref="Api.CachedAnswer"/>), which the middleware leaves alone.
/// </summary>
internal sealed class SmallAnswersUncompressed(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    /// <summary>Answers shorter than this are not compressed.</summary>
    public const int CompressFrom = 1024;

    /// <inheritdoc />
    public override bool ShouldCompressResponse(HttpContext context) =>
        !(context.Response.ContentLength < CompressFrom) && base.ShouldCompressResponse(context);
}
