using System.Net;
using System.Net.Sockets;
using System.Text;
using BriefingGen.Server.Tests.Support;

namespace BriefingGen.Server.Tests;

/// <summary>
/// The service as HTTP asks: HEAD wherever GET reads, problem answers for paths and methods it
/// does not serve, and a request it cannot read answered as the client's mistake, not a bug.
/// </summary>
public sealed class HttpConformanceTests : IAsyncLifetime
{
    private RunningServer _service = null!;

    public async Task InitializeAsync() => _service = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/templates")]
    [InlineData("/")]
    [InlineData("/openapi.json")]
    public async Task HEAD_answers_with_GETs_status_and_type_and_no_body(string path)
    {
        using var get = await _service.Client.GetAsync(path);
        using var head = await _service.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_path_nothing_serves_and_a_method_a_route_does_not_take_are_answered_as_problems()
    {
        using var missing = await _service.Client.GetAsync("/api/nothing");
        using var wrongMethod = await _service.Client.DeleteAsync("/healthz");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal("not_found", (string?)(await RunningServer.ReadJsonAsync(missing))["code"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("method_not_allowed", (string?)(await RunningServer.ReadJsonAsync(wrongMethod))["code"]);
        Assert.Contains("GET", wrongMethod.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_body_with_a_broken_chunk_is_a_malformed_request_not_an_internal_error()
    {
        var address = _service.Client.BaseAddress!;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var request = $"POST /api/validate HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nabc\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"malformed_request\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("internal_error", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"template\": \"policy-brief\",\n \"data\": 5}", "The request is not the JSON expected at line 2, column 11: 'data' holds a value of the wrong kind; each field is text.")]
    [InlineData("{\"template\": \"policy-brief\", \"data\": \"x\"", "The request is not the JSON expected at line 1, column ")]
    public async Task A_body_that_is_not_the_request_says_where_without_the_services_own_names(string body, string expected)
    {
        using var answer = await _service.Client.PostAsync("/api/validate", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var title = (string?)(await RunningServer.ReadJsonAsync(answer))["title"];
        Assert.StartsWith(expected, title, StringComparison.Ordinal);
        Assert.DoesNotContain("BriefingGen", title, StringComparison.Ordinal);
    }
}
