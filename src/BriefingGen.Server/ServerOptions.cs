using System.Net;

namespace BriefingGen.Server;

/// <summary>How <c>briefgen serve</c> runs: where it listens, which packs it offers, and its limits. Vary with <c>with</c>.</summary>
public sealed record ServerOptions
{
    /// <summary>The port to listen on; 0 lets the system pick a free one (tests use it).</summary>
    public int Port { get; init; } = 5180;

    /// <summary>The address to listen on. Loopback by default, so only this machine can reach the service.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Folders whose sub-folders are template packs; no request can name any other path.</summary>
    public IReadOnlyList<string> TemplateFolders { get; init; } = [];

    /// <summary>
    /// The key every API call must carry (<c>Authorization: Bearer KEY</c> or <c>X-Api-Key</c>), or
    /// null for none. A service that listens beyond loopback refuses to start without one.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>True to serve HTTPS (an Office add-in's task pane must come over HTTPS).</summary>
    public bool Https { get; init; }

    /// <summary>The certificate for HTTPS: a PEM file (with <see cref="CertificateKeyFile"/>) or a PKCS #12 file; null for the ASP.NET Core development certificate.</summary>
    public string? CertificateFile { get; init; }

    /// <summary>The private key of a PEM <see cref="CertificateFile"/>, when it is not in the same file.</summary>
    public string? CertificateKeyFile { get; init; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How long one validation, preview or render may take before the caller is told to try later.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Previews and renders run at once; more wait in the queue.</summary>
    public int MaxConcurrentRenders { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Previews and renders waiting for their turn; past this a request is refused with 429.</summary>
    public int MaxQueuedRenders { get; init; } = 64;

    /// <summary>Validations run at once (they are quick, so they have their own, wider lane).</summary>
    public int MaxConcurrentValidations { get; init; } = Math.Max(2, 2 * Environment.ProcessorCount);

    /// <summary>Validations waiting for their turn; past this a request is refused with 429.</summary>
    public int MaxQueuedValidations { get; init; } = 128;

    /// <summary>Previews kept in memory, keyed by pack and data, so the same data is laid out once.</summary>
    public int PreviewCacheEntries { get; init; } = 32;

    /// <summary>The most memory kept previews may hold, in bytes.</summary>
    public long PreviewCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Validation answers kept in memory, keyed by pack and data.</summary>
    public int ValidationCacheEntries { get; init; } = 256;

    /// <summary>The most memory kept validation answers may hold, in bytes.</summary>
    public long ValidationCacheBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>True when the service can be reached from other machines.</summary>
    public bool IsPublic => !IPAddress.IsLoopback(Address);
}
