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
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefgen.dll"), "serve", "--port", "0", "--templates", Path.Combine(RepositoryPaths.Root, "templates")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            string? line;
            var printed = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("Open ", StringComparison.Ordinal))
            {
                printed.Add(line);
            }

            Assert.NotNull(line);
            Assert.Contains("policy-brief", string.Join("\n", printed), StringComparison.Ordinal);
            var address = new Uri(line!.Split(' ')[1]);
            Assert.Equal("127.0.0.1", address.Host);
            using var client = new HttpClient { BaseAddress = address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Contains("policy-brief", await client.GetStringAsync("/api/templates"), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
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
}
