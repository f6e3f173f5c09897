using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BriefingGen.Benchmarks;

/// <summary>
/// A load run against <c>briefgen serve</c> on this machine: N clients, each validating and then
/// previewing the sample in a loop for a fixed time, as people typing in the workspace would, and
/// accepting gzip as their browsers do.
/// Prints p50/p95/max latency per endpoint, throughput, errors, and the server's resident memory
/// at the start and the end (read from /proc when its process id is given).
/// <code>
/// briefgen serve --port 5180 &amp;
/// dotnet run -c Release --project tests/BriefingGen.Benchmarks -- serve-load http://127.0.0.1:5180/ --clients 32 --seconds 60 --pid $! [--vary]
/// </code>
/// <c>--vary</c> changes the title on every request, so no preview can come from the server's
/// cache and every one is laid out anew.
/// </summary>
internal static class ServeLoad
{
    /// <summary>Runs the load described by <paramref name="args"/> (after <c>serve-load</c>).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var target = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5180/");
        if (!target.IsLoopback)
        {
            Console.Error.WriteLine("serve-load only targets a server on this machine (loopback).");
            return 2;
        }

        var clients = Option(args, "--clients", 32);
        var seconds = Option(args, "--seconds", 60);
        var pid = Option(args, "--pid", 0);
        var vary = args.Contains("--vary");
        var sample = await File.ReadAllTextAsync(PolicyBrief.Sample);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, AutomaticDecompression = System.Net.DecompressionMethods.GZip }) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };

        // The client shares the machine's cores with the server, so it does as little as it can:
        // the sample's request is made once, and answers are read without being kept.
        var sampleBody = Body(sample);

        // Warm up: the first requests load fonts and fill caches.
        for (var i = 0; i < 3; i++)
        {
            await Post(http, "/api/validate", sampleBody);
            await Post(http, "/api/preview", sampleBody);
        }

        var memoryAtStart = ResidentMegabytes(pid);
        var validate = new List<double>();
        var preview = new List<double>();
        var errors = 0;
        var until = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var turn = 0;
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var body = vary ? Body(sample.Replace("title: Norway's policy towards Russia", $"title: Norway's policy towards Russia {client}-{turn++}", StringComparison.Ordinal)) : sampleBody;
                foreach (var (path, times) in new[] { ("/api/validate", validate), ("/api/preview", preview) })
                {
                    var watch = Stopwatch.StartNew();
                    var ok = await Post(http, path, body);
                    var elapsed = watch.Elapsed.TotalMilliseconds;
                    lock (times)
                    {
                        times.Add(elapsed);
                    }

                    if (!ok)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var elapsedSeconds = until.Elapsed.TotalSeconds;
        var memoryAtEnd = ResidentMegabytes(pid);

        Console.WriteLine($"{clients} clients for {elapsedSeconds:0.0} s{(vary ? ", every preview laid out anew" : ", the sample as it is")}");
        Report("validate", validate, elapsedSeconds);
        Report("preview", preview, elapsedSeconds);
        Console.WriteLine($"errors: {errors}");
        Console.WriteLine(pid > 0 ? $"server memory (RSS): {memoryAtStart:0} MB at start, {memoryAtEnd:0} MB at end" : "server memory: give --pid to read it");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>The request body for <paramref name="data"/> in the sample pack.</summary>
    private static byte[] Body(string data) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["template"] = "policy-brief", ["data"] = data });

    private static async Task<bool> Post(HttpClient http, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static void Report(string name, List<double> times, double seconds)
    {
        times.Sort();
        double At(double q) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        Console.WriteLine($"{name,-9} {times.Count,7} requests  {times.Count / seconds,7:0.0}/s  p50 {At(0.50),7:0.0} ms  p95 {At(0.95),7:0.0} ms  max {At(1),7:0.0} ms");
    }

    private static double ResidentMegabytes(int pid)
    {
        if (pid <= 0 || !File.Exists($"/proc/{pid}/status"))
        {
            return 0;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
