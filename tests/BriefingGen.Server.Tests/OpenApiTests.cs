using System.Net;
using System.Text.Json.Nodes;
using BriefingGen.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingGen.Server.Tests;

/// <summary>/openapi.json describes the service as it is: every operation answers as documented, and every API endpoint is documented.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private RunningServer _service = null!;
    private JsonNode _document = null!;

    public async Task InitializeAsync()
    {
        _service = await RunningServer.StartAsync();
        _document = await RunningServer.ReadJsonAsync(await _service.Client.GetAsync("/openapi.json"));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public void Every_api_endpoint_is_documented_and_nothing_else()
    {
        var served = _service.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && (path.StartsWith("/api/", StringComparison.Ordinal) || path == "/healthz"))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal);
        var documented = Operations().Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order(StringComparer.Ordinal);

        Assert.Equal(documented, served);
    }

    [Fact]
    public async Task Every_operation_answers_with_a_documented_status_and_the_documented_fields()
    {
        foreach (var (path, method, operation) in Operations())
        {
            var url = path.Replace("{name}", "policy-brief", StringComparison.Ordinal);
            var response = (method, path) switch
            {
                ("get", _) => await _service.Client.GetAsync(url),
                (_, "/api/extract") => await _service.PostAsync(url, new { paper = Convert.ToBase64String(await (await _service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "docx"))).Content.ReadAsByteArrayAsync()) }),
                _ => await _service.PostAsync(url, RunningServer.Paper(RunningServer.Sample, path.EndsWith("render", StringComparison.Ordinal) ? "pdf" : null)),
            };
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var documented = operation["responses"]![status]!["content"]!.AsObject();
            var type = response.Content.Headers.ContentType!.MediaType!;
            Assert.True(documented.ContainsKey(type), $"{method} {path}: {type} is not documented");
            if (type == "application/json" && documented[type]!["schema"]?["$ref"] is { } reference)
            {
                var body = await RunningServer.ReadJsonAsync(response);
                foreach (var field in Schema((string)reference!)["required"]!.AsArray())
                {
                    Assert.True(body[(string)field!] is not null, $"{method} {path}: no '{field}'");
                }
            }
        }
    }

    [Fact]
    public async Task Every_problem_code_the_service_uses_is_documented()
    {
        var codes = (string)Schema("#/components/schemas/Problem")["properties"]!["code"]!["description"]!;
        var source = Directory.EnumerateFiles(Path.Combine(Testing.RepositoryPaths.Root, "src", "BriefingGen.Server"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);
        var used = source.SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, "new Problem\\([^,]+, \"([a-z_]+)\"").Select(m => m.Groups[1].Value)).Distinct();

        Assert.All(used, code => Assert.Contains(code, codes, StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    private List<(string Path, string Method, JsonNode Operation)> Operations() =>
        _document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!))).ToList();

    private JsonNode Schema(string reference) =>
        reference.TrimStart('#', '/').Split('/').Aggregate(_document, (node, key) => node[key]!);
}
