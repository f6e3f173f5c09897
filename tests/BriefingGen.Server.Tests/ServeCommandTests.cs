using System.Diagnostics;
using System.Net;
using BriefingGen.Testing;

namespace BriefingGen.Server.Tests;

/// <summary><c>briefgen serve</c> as a user starts it: a real process that prints where to go and serves until stopped.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_the_address_and_serves_the_packs_it_was_given()
    {
        await using var served = await ServeAsync("--port", "0", "--templates", Path.Combine(RepositoryPaths.Root, "templates"));

        Assert.Contains("policy-brief", served.Printed, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", served.Address.Host);
        using var client = new HttpClient { BaseAddress = served.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Contains("policy-brief", await client.GetStringAsync("/api/templates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_https_with_the_development_certificate_gives_the_add_in_as_the_readme_says()
    {
        // The README's steps: make (and, where the system allows, trust) the development certificate, then serve --https.
        using (var devCerts = Process.Start(new ProcessStartInfo("dotnet", ["dev-certs", "https"]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            await devCerts.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token);
            Assert.Equal(0, devCerts.ExitCode);
        }

        await using var served = await ServeAsync("--https", "--port", "0");
        var local = new UriBuilder(served.Address) { Host = "localhost" }.Uri;
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false) == "localhost" };
        using var client = new HttpClient(handler) { BaseAddress = local };

        var manifest = await client.GetStringAsync("/addin/manifest.xml");

        Assert.Equal("https", served.Address.Scheme);
        Assert.Contains($"<SourceLocation DefaultValue=\"https://localhost:{local.Port}/addin/taskpane.html\" />", manifest, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/addin/taskpane.html")).StatusCode);
    }

    [Fact]
    public void A_port_that_is_not_a_number_is_a_usage_error_in_the_users_words()
    {
        var error = new StringWriter();

        var exit = Cli.BriefgenApp.Run(["serve", "--port", "abc"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--port must be a whole number from 0 to 65535, not 'abc'", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_templates_folder_that_is_not_there_is_a_usage_error_before_anything_listens()
    {
        using var folder = new TempFolder();
        var file = folder.Write("packs.txt", "not a folder");

        foreach (var (given, says) in new[] { (Path.Combine(folder.Path, "missing"), "no such folder"), (file, "a file, not a folder") })
        {
            var error = new StringWriter();
            var exit = Cli.BriefgenApp.Run(["serve", "--port", "0", "--templates", given], new StringWriter(), error);
            Assert.Equal(2, exit);
            Assert.Contains(says, error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_without_a_stack_trace()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        // A process of its own: the host's logger writes to the console itself.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefgen.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var serve = Process.Start(start)!;
        var output = serve.StandardOutput.ReadToEndAsync();
        var error = serve.StandardError.ReadToEndAsync();
        await serve.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        Assert.Equal(2, serve.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output + await error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serving_beyond_loopback_without_a_key_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = Cli.BriefgenApp.Run(["serve", "--bind", "0.0.0.0", "--port", "0"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--api-key-file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_key_file_and_a_bad_address_are_usage_errors()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("key.txt", "\n");

        var (emptyExit, emptyError) = Run("serve", "--api-key-file", empty);
        var (addressExit, addressError) = Run("serve", "--bind", "somewhere");

        Assert.Equal(2, emptyExit);
        Assert.Contains("empty", emptyError, StringComparison.Ordinal);
        Assert.Equal(2, addressExit);
        Assert.Contains("--bind", addressError, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var exit = Cli.BriefgenApp.Run(args, new StringWriter(), error);
        return (exit, error.ToString());
    }

    /// <summary>Starts <c>briefgen serve</c> with <paramref name="arguments"/>  and waits for its "Open ADDRESS" line.</summary>
    private static async Task<ServedProcess> ServeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefgen.dll"), "serve", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        var printed = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("Open ", StringComparison.Ordinal))
        {
            printed.Add(line);
        }

        if (line is null)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("briefgen serve stopped without serving: " + await process.StandardError.ReadToEndAsync() + string.Join("\n", printed));
        }

        return new ServedProcess(process, new Uri(line!.Split(' ')[1]), string.Join("\n", printed));
    }

    /// <summary>A running <c>briefgen serve</c>, stopped when disposed.</summary>
    private sealed record ServedProcess(Process Process, Uri Address, string Printed) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
            Process.Dispose();
        }
    }
}
