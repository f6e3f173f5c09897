using System.Diagnostics;

namespace BriefingGen.Html.Tests.Support;

/// <summary>
/// A real mail server for the tests: Debian's aiosmtpd (python3-aiosmtpd) on loopback, on a free
/// port, writing each message it receives to a folder. It stops when disposed.
/// </summary>
internal sealed class SmtpServer : IDisposable
{
    /// <summary>Debian's Python, which has the python3-aiosmtpd package.</summary>
    private const string Python = "/usr/bin/python3";

    private readonly Process _process;

    private SmtpServer(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Where received messages are written, as 1.eml, 2.eml…</summary>
    public string Folder { get; }

    /// <summary>Starts a server writing to <paramref name="folder"/>; with a user and password it wants that login; it refuses the <paramref name="refuse"/> recipients.</summary>
    public static SmtpServer Start(string folder, string? user = null, string? password = null, params string[] refuse)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Support", "smtp_server.py"));
        start.ArgumentList.Add(folder);
        if (user is not null)
        {
            start.ArgumentList.Add("--user");
            start.ArgumentList.Add(user);
            start.ArgumentList.Add("--password");
            start.ArgumentList.Add(password ?? "");
        }

        foreach (var address in refuse)
        {
            start.ArgumentList.Add("--refuse");
            start.ArgumentList.Add(address);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the mail server");
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result is not { } line || !line.StartsWith("ready ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException("the mail server did not start: " + process.StandardError.ReadToEnd());
        }

        return new SmtpServer(process, int.Parse(line["ready ".Length..], System.Globalization.CultureInfo.InvariantCulture), folder);
    }

    /// <summary>The messages received so far, in order.</summary>
    public IReadOnlyList<string> Messages() =>
        [.. Directory.EnumerateFiles(Folder, "*.eml").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The envelope (sender, then recipients) of received message <paramref name="number"/>.</summary>
    public string[] Envelope(int number) => File.ReadAllLines(Path.Combine(Folder, $"{number}.envelope"));

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(10_000))
            {
                _process.Kill();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
