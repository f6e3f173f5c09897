using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BriefingGen.Server.Tests.Support;
using BriefingGen.Server.Work;

namespace BriefingGen.Server.Tests;

/// <summary>Every limit of the service, each answered with its status and a JSON problem.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        await using var service = await RunningServer.StartAsync(new ServerOptions { MaxRequestBytes = 64 * 1024 });

        var response = await service.PostAsync("/api/validate", RunningServer.Paper("title: " + new string('x', 70 * 1024)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body_too_large");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        await using var service = await RunningServer.StartAsync(new ServerOptions { MaxRequestBytes = 64 * 1024 });
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"template\":\"policy-brief\",\"data\":\"" + new string('x', 200 * 1024) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await service.Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body_too_large");
    }

    [Fact]
    public async Task Malformed_yaml_is_422_with_its_diagnostics()
    {
        await using var service = await RunningServer.StartAsync();

        foreach (var path in new[] { "/api/validate", "/api/preview", "/api/render" })
        {
            var response = await service.PostAsync(path, RunningServer.Paper("title: [unclosed\ndate: 2026-01-01\n"));
            var json = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid_data");
            var first = json["diagnostics"]![0]!;
            Assert.Equal("data.yaml", (string?)first["file"]);
            Assert.True((int?)first["line"] > 0, path);
        }
    }

    [Fact]
    public async Task Data_past_the_cli_limits_is_422()
    {
        await using var service = await RunningServer.StartAsync();
        var deep = "title: " + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70));

        var json = await AssertProblemAsync(await service.PostAsync("/api/validate", RunningServer.Paper(deep)), HttpStatusCode.UnprocessableEntity, "invalid_data");

        Assert.Contains("deep", (string?)json["diagnostics"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_pack_is_404()
    {
        await using var service = await RunningServer.StartAsync();

        await AssertProblemAsync(await service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "pdf", template: "../../etc")), HttpStatusCode.NotFound, "unknown_template");
        await AssertProblemAsync(await service.Client.GetAsync("/api/templates/nothing/example"), HttpStatusCode.NotFound, "unknown_template");
    }

    [Fact]
    public async Task Requests_that_are_not_what_the_api_takes_are_4xx()
    {
        await using var service = await RunningServer.StartAsync();
        var text = new StringContent("{\"template\":\"policy-brief\",\"data\":\"title: x\"}", Encoding.UTF8, "text/plain");

        await AssertProblemAsync(await service.Client.PostAsync("/api/validate", text), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await AssertProblemAsync(await service.Client.PostAsync("/api/validate", RunningServer.Json("not an object")), HttpStatusCode.BadRequest, "malformed_request");
        await AssertProblemAsync(await service.PostAsync("/api/validate", new { template = "policy-brief" }), HttpStatusCode.BadRequest, "malformed_request");
        await AssertProblemAsync(await service.PostAsync("/api/validate", RunningServer.Paper("title: x", format: "toml")), HttpStatusCode.BadRequest, "unknown_format");
        await AssertProblemAsync(await service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "exe")), HttpStatusCode.BadRequest, "unknown_output");
    }

    [Fact]
    public async Task Work_past_the_time_limit_is_503()
    {
        await using var service = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentRenders = 1, RenderTimeout = TimeSpan.FromMilliseconds(300) });
        using var release = new ManualResetEventSlim();
        var running = service.Server.State.Renders.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), TimeSpan.FromSeconds(30), CancellationToken.None);

        var response = await service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "pdf"));
        release.Set();
        await running;

        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "render_timeout");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_job_running_past_its_time_is_given_up_on_and_still_holds_its_place()
    {
        var gate = new RenderGate(concurrent: 1, queued: 0);
        using var release = new ManualResetEventSlim();

        var result = await gate.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), TimeSpan.FromMilliseconds(50), CancellationToken.None);
        var whileRunning = gate.InFlight;
        release.Set();
        while (gate.InFlight > 0)
        {
            await Task.Delay(10);
        }

        Assert.Equal(GateOutcome.TimedOut, result.Outcome);
        Assert.Equal(1, whileRunning);
    }

    [Fact]
    public async Task A_full_queue_is_429_and_frees_up_again()
    {
        await using var service = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentRenders = 1, MaxQueuedRenders = 1 });
        using var release = new ManualResetEventSlim();
        var gate = service.Server.State.Renders;
        var running = gate.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), TimeSpan.FromSeconds(30), CancellationToken.None);
        var waiting = gate.RunAsync(() => true, TimeSpan.FromSeconds(30), CancellationToken.None);

        var refused = await service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample));
        release.Set();
        await Task.WhenAll(running, waiting);
        var served = await service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample));

        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, "too_many_requests");
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    internal static async Task<System.Text.Json.Nodes.JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal(code, (string?)json["code"]);
        Assert.Equal((int)status, (int?)json["status"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["title"]));
        return json;
    }
}
