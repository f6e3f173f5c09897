using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingGen.Testing;

namespace BriefingGen.Server.Tests.Support;

/// <summary>A real service on a free loopback port, over the repository's packs, with a client for it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(BriefingServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.Address };
    }

    /// <summary>The service.</summary>
    public BriefingServer Server { get; }

    /// <summary>A client whose requests go to the service.</summary>
    public HttpClient Client { get; }

    /// <summary>The shipped sample's text.</summary>
    public static string Sample { get; } = File.ReadAllText(RepositoryPaths.Sample);

    /// <summary>Starts a service with <paramref name="options"/> (port 0 and the repository's templates folder unless set).</summary>
    public static async Task<RunningServer> StartAsync(ServerOptions? options = null)
    {
        options ??= new ServerOptions();
        if (options.TemplateFolders.Count == 0)
        {
            options = options with { TemplateFolders = [Path.Combine(RepositoryPaths.Root, "templates")] };
        }

        var server = BriefingServer.Create(options with { Port = 0 });
        await server.StartAsync();
        return new RunningServer(server);
    }

    /// <summary>Posts <paramref name="body"/> as JSON to <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object body) =>
        Client.PostAsync(path, Json(body));

    /// <summary>A paper request's body for the sample pack.</summary>
    public static object Paper(string data, string? output = null, string format = "yaml", string template = "policy-brief") =>
        output is null ? new { template, data, format } : new { template, data, format, output };

    /// <summary><paramref name="body"/> as a JSON request body.</summary>
    public static StringContent Json(object body)
    {
        var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The answer's body as JSON.</summary>
    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty answer");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.StopAsync();
        await Server.DisposeAsync();
    }
}
