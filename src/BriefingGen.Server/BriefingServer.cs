using System.Security.Cryptography.X509Certificates;
using BriefingGen.Components;
using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Server.Addin;
using BriefingGen.Server.Api;
using BriefingGen.Server.Packs;
using BriefingGen.Server.Security;
using BriefingGen.Server.Web;
using BriefingGen.Word;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingGen.Server;

/// <summary>
/// <c>briefgen serve</c>: the workspace page and the HTTP API over one engine per template pack,
/// on Kestrel. Packs are loaded once when the service is made; every request reuses them. It
/// listens on loopback unless told otherwise, and then only with an API key.
/// <code>
/// await using var server = BriefingServer.Create(new ServerOptions { TemplateFolders = ["templates"] });
/// await server.StartAsync();
/// Console.WriteLine(server.Address);
/// await server.WaitForShutdownAsync();
/// </code>
/// </summary>
public sealed class BriefingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BriefingServer(WebApplication app, ServerState state)
    {
        _app = app;
        State = state;
    }

    /// <summary>Packs in the configured folders that could not be loaded, one line each.</summary>
    public IReadOnlyList<string> PackProblems => State.Packs.Problems;

    /// <summary>The names of the packs offered.</summary>
    public IReadOnlyList<string> PackNames => State.Packs.All.Select(p => p.Name).ToList();

    /// <summary>The address to open, once started (the real port when 0 was asked for).</summary>
    public Uri Address
    {
        get
        {
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("the server has not started");
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    /// <summary>What every request shares (tests reach the work lanes through it).</summary>
    internal ServerState State { get; }

    /// <summary>The application's services, among them its endpoints.</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>
    /// Loads the packs and sets the service up without starting it. Throws
    /// <see cref="ArgumentException"/> for a setting that would be unsafe or cannot work: listening
    /// beyond loopback without an API key, or a certificate that cannot be read.
    /// </summary>
    public static BriefingServer Create(ServerOptions options)
    {
        if (options.IsPublic && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new ArgumentException($"listening on {options.Address} lets other machines reach the service; give it an API key (--api-key-file) to check on every API call.");
        }

        var certificate = options.Https ? Certificate(options) : null;
        var pdf = new PdfRenderer();
        var engineOptions = new EngineOptions
        {
            Renderers = [new WordRenderer(), pdf, new SvgPageRenderer(pdf)],
            Extensions = BuiltInComponents.All,
        };
        var state = new ServerState(options, PackCatalog.Load(options.TemplateFolders, engineOptions));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A host that cannot start (a port in use) logs the exception with its stack; the serve
        // command says what went wrong in one line instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        if (options.Https)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(options.Address, options.Port, listen =>
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
                else if (options.Https)
                {
                    listen.UseHttps();
                }
            });
        });
        builder.Services.AddSingleton<IResponseCompressionProvider, SmallAnswersUncompressed>();
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = ["application/json", Answers.ProblemType, "text/html", "text/css", "text/javascript", "text/markdown", "image/svg+xml"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        var app = builder.Build();
        app.UseResponseCompression();
        app.Use(Guard(options, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<BriefingServer>()));

        // Routes are matched after the guard, which answers HEAD as GET.
        app.UseRouting();
        HealthEndpoint.Map(app, state);
        TemplatesEndpoint.Map(app, state);
        ValidateEndpoint.Map(app, state);
        PreviewEndpoint.Map(app, state);
        RenderEndpoint.Map(app, state);
        ExtractEndpoint.Map(app, state);
        var assets = EmbeddedAssets.Load();
        AssetEndpoints.Map(app, assets);
        AddinEndpoints.Map(app, assets);
        return new BriefingServer(app, state);
    }

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellation = default) => _app.StartAsync(cancellation);

    /// <summary>Waits until the service is stopped (Ctrl+C, SIGTERM or <paramref name="cancellation"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) => _app.WaitForShutdownAsync(cancellation);

    /// <summary>Stops listening, letting requests under way finish.</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// What runs before every endpoint: the security headers; on loopback, the Host check; the API
    /// key on <c>/api/</c>; and a JSON answer, not a stack trace, when something fails inside.
    /// </summary>
    private static Func<HttpContext, RequestDelegate, Task> Guard(ServerOptions options, ILogger logger)
    {
        var keys = options.ApiKey is { Length: > 0 } key ? new ApiKeyCheck(key) : null;
        return async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            if (!options.IsPublic && !LoopbackHosts.Allows(context.Request))
            {
                await Answers.Of(new Problem(StatusCodes.Status421MisdirectedRequest, "wrong_host", "This service answers only to localhost, 127.0.0.1 or [::1].")).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            if (keys is not null && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && !keys.Allows(context.Request))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Answers.Of(new Problem(StatusCodes.Status401Unauthorized, "unauthorized", "This service needs its API key: send 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.")).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            // HEAD is answered as GET would be, without the body (the server drops it): RFC 9110
            // asks it of every resource a GET reads, and uptime checkers and `curl -I` use it.
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            try
            {
                await next(context).ConfigureAwait(false);
                if (!context.Response.HasStarted && context.Response.StatusCode is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed && context.Response.ContentType is null)
                {
                    await Answers.Of(NoRoute(context)).ExecuteAsync(context).ConfigureAwait(false);
                }
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                // A request the server could not read (a broken chunk, a body that stalls) is the client's mistake, not ours.
                logger.LogInformation("{Method} {Path}: unreadable request: {Reason}", context.Request.Method, context.Request.Path, e.Message);
                context.Response.Clear();
                SecurityHeaders.Apply(context.Response);
                await Answers.Of(Unreadable(e)).ExecuteAsync(context).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                logger.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                SecurityHeaders.Apply(context.Response);
                await Answers.Of(new Problem(StatusCodes.Status500InternalServerError, "internal_error", "Something failed inside the service; this is a bug, not a mistake in your data.")).ExecuteAsync(context).ConfigureAwait(false);
            }
        };
    }

    /// <summary>The problem for a path nothing answers, or a method its route does not take (the route has set the Allow header).</summary>
    private static Problem NoRoute(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status404NotFound
            ? new Problem(StatusCodes.Status404NotFound, "not_found", $"There is nothing at {context.Request.Path}; /openapi.json lists what this service offers.")
            : new Problem(StatusCodes.Status405MethodNotAllowed, "method_not_allowed", $"{context.Request.Path} does not take {context.Request.Method}; it takes {context.Response.Headers.Allow}.");

    /// <summary>The problem for a request the server could not read, with the status the server gave it.</summary>
    private static Problem Unreadable(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => new Problem(StatusCodes.Status408RequestTimeout, "request_timeout", "The request's body came too slowly; send it again."),
        StatusCodes.Status413PayloadTooLarge => new Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large", "The request is larger than this service accepts."),
        var status when status is >= 400 and < 500 => new Problem(status, "malformed_request", $"The request could not be read: {e.Message}"),
        _ => new Problem(StatusCodes.Status400BadRequest, "malformed_request", $"The request could not be read: {e.Message}"),
    };

    private static X509Certificate2? Certificate(ServerOptions options)
    {
        if (options.CertificateFile is not { } file)
        {
            return null;
        }

        try
        {
            return Path.GetExtension(file).ToLowerInvariant() is ".pfx" or ".p12"
                ? X509CertificateLoader.LoadPkcs12FromFile(file, null)
                : X509Certificate2.CreateFromPemFile(file, options.CertificateKeyFile);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"cannot use the certificate {file}: {e.Message}", e);
        }
    }
}
