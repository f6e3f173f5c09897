using System.Net;
using BriefingGen.Server.Tests.Support;

namespace BriefingGen.Server.Tests;

/// <summary>Who may call the service, and what its answers let a browser do.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task With_a_key_every_api_call_needs_it()
    {
        await using var service = await RunningServer.StartAsync(new ServerOptions { ApiKey = "s3cret-key" });

        var none = await service.Client.GetAsync("/api/templates");
        var wrong = await Send(service, "/api/templates", "Bearer not-the-key");
        var bearer = await Send(service, "/api/templates", "Bearer s3cret-key");
        using var header = new HttpRequestMessage(HttpMethod.Get, "/api/templates");
        header.Headers.Add("X-Api-Key", "s3cret-key");
        var byHeader = await service.Client.SendAsync(header);
        var wrongPost = await service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "pdf"));

        await LimitTests.AssertProblemAsync(none, HttpStatusCode.Unauthorized, "unauthorized");
        await LimitTests.AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "unauthorized");
        await LimitTests.AssertProblemAsync(wrongPost, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public void Listening_beyond_loopback_without_a_key_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BriefingServer.Create(new ServerOptions { Address = IPAddress.Any }));

        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_loopback_only_loopback_host_names_are_answered()
    {
        await using var service = await RunningServer.StartAsync();
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/templates");
        rebound.Headers.Host = "attacker.example";

        await LimitTests.AssertProblemAsync(await service.Client.SendAsync(rebound), HttpStatusCode.MisdirectedRequest, "wrong_host");
    }

    [Fact]
    public async Task The_page_allows_no_inline_script_and_only_office_hosts_to_frame_it()
    {
        await using var service = await RunningServer.StartAsync();

        var response = await service.Client.GetAsync("/");
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());

        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.All(directives["frame-ancestors"], host => Assert.Matches(@"^https://(\*\.)?(officeapps\.live|office|office365|microsoft365|cloud\.microsoft|sharepoint|onedrive\.live)\.com$|^https://\*\.cloud\.microsoft$", host));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task Api_answers_are_not_kept_by_caches()
    {
        await using var service = await RunningServer.StartAsync();

        var response = await service.PostAsync("/api/validate", RunningServer.Paper(RunningServer.Sample));

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Nothing_a_request_sends_is_written_to_disk()
    {
        await using var service = await RunningServer.StartAsync();
        var marker = "Marker" + Guid.NewGuid().ToString("N");
        var data = RunningServer.Sample.Replace("Norway", marker, StringComparison.Ordinal);
        var since = DateTime.UtcNow.AddSeconds(-1);

        foreach (var output in new[] { "docx", "pdf", "md" })
        {
            Assert.Equal(HttpStatusCode.OK, (await service.PostAsync("/api/render", RunningServer.Paper(data, output))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await service.PostAsync("/api/preview", RunningServer.Paper(data))).StatusCode);
        var written = new[] { Path.GetTempPath(), Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 3 }))
            .Where(file => Holds(file, marker, since))
            .ToList();

        Assert.Empty(written);
    }

    /// <summary>
    /// True when <paramref name="file"/> was written since <paramref name="since"/> and holds <paramref name="marker"/>;
    /// files other tests remove meanwhile are passed over. Pipes, sockets and devices show a length
    /// of 0 and may block a reader for ever, so nothing empty is opened: it cannot hold the marker.
    /// </summary>
    private static bool Holds(string file, string marker, DateTime since)
    {
        try
        {
            var info = new FileInfo(file);
            return info.LastWriteTimeUtc >= since && info.Length is > 0 and < 64 * 1024 * 1024 && File.ReadAllText(file).Contains(marker, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Task<HttpResponseMessage> Send(RunningServer service, string path, string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return service.Client.SendAsync(request);
    }
}
