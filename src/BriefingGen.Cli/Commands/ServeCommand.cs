using System.CommandLine;
using System.Net;
using BriefingGen.Server;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen serve [--port N] [--bind ADDRESS] [--templates DIR…] [--https] [--api-key-file FILE]</c>:
/// the web workspace and HTTP API, until Ctrl+C. It listens on 127.0.0.1 unless told otherwise;
/// any other address needs an API key. The packs are those <c>briefgen templates</c> lists, or the
/// packs in the folders given.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0: any free port).", DefaultValueFactory = _ => 5180 };
        WholeNumberOption.Range(port, 0, 65535);
        var bind = new Option<string>("--bind") { Description = "The address to listen on; anything but loopback needs --api-key-file.", DefaultValueFactory = _ => "127.0.0.1" };
        var templates = new Option<string[]>("--templates") { Description = "Folders whose sub-folders are template packs (default: where 'briefgen templates' looks).", AllowMultipleArgumentsPerToken = true };
        var https = new Option<bool>("--https") { Description = "Serve HTTPS (with --cert, else the ASP.NET Core development certificate)." };
        var cert = new Option<string?>("--cert") { Description = "The HTTPS certificate: a .pfx/.p12 file, or a PEM file (with --cert-key when the key is apart)." };
        var certKey = new Option<string?>("--cert-key") { Description = "The PEM private key of --cert." };
        var keyFile = new Option<string?>("--api-key-file") { Description = "A file holding the API key every API call must carry." };
        var command = new Command("serve", "Serve the web workspace and the HTTP API.") { port, bind, templates, https, cert, certKey, keyFile };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = Options(parse.GetValue(port), parse.GetValue(bind)!, parse.GetValue(templates), parse.GetValue(https) || parse.GetValue(cert) is not null, parse.GetValue(cert), parse.GetValue(certKey), parse.GetValue(keyFile), out var problem);
            if (options is null)
            {
                error.WriteLine("briefgen serve: " + problem);
                return ExitCodes.UsageError;
            }

            return await RunAsync(options, output, error, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(ServerOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        BriefingServer server;
        try
        {
            server = BriefingServer.Create(options);
        }
        catch (ArgumentException e)
        {
            error.WriteLine("briefgen serve: " + e.Message);
            return ExitCodes.UsageError;
        }

        await using (server.ConfigureAwait(false))
        {
            foreach (var problem in server.PackProblems)
            {
                error.WriteLine("briefgen serve: " + problem);
            }

            try
            {
                await server.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                error.WriteLine($"briefgen serve: cannot listen on {options.Address}:{options.Port}: {e.Message}");
                return ExitCodes.UsageError;
            }
            catch (InvalidOperationException e) when (options.Https)
            {
                error.WriteLine($"briefgen serve: cannot serve HTTPS: {e.Message} Give a certificate with --cert, or make the development one with 'dotnet dev-certs https'.");
                return ExitCodes.UsageError;
            }

            var packs = server.PackNames;
            output.WriteLine($"briefgen serve: {packs.Count} template pack{(packs.Count == 1 ? "" : "s")} ({string.Join(", ", packs)})");
            output.WriteLine($"Open {server.Address} — press Ctrl+C to stop.");
            output.Flush();
            try
            {
                await server.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop as asked.
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>The server's options from the command line, or null and why not.</summary>
    private static ServerOptions? Options(int port, string bind, string[]? templates, bool https, string? cert, string? certKey, string? keyFile, out string problem)
    {
        problem = "";
        var address = bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.TryParse(bind.Trim('[', ']'), out var parsed) ? parsed : null;
        if (address is null)
        {
            problem = $"--bind must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not '{bind}'";
            return null;
        }

        string? key = null;
        if (keyFile is not null)
        {
            key = IO.BoundedFile.ReadText(keyFile, 64 * 1024, out var readError)?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                problem = key is null ? $"cannot read the API key file {keyFile}: {readError}" : $"the API key file {keyFile} is empty";
                return null;
            }
        }

        // Folders named on the command line must be there: a typo would start a service with no packs.
        if (templates?.FirstOrDefault(t => !Directory.Exists(t)) is { } missing)
        {
            problem = File.Exists(missing) ? $"--templates {missing}: a file, not a folder of template packs" : $"--templates {missing}: no such folder";
            return null;
        }

        var folders = templates is { Length: > 0 } ? templates.Select(Path.GetFullPath).ToList() : PackLocator.SearchRoots();
        return new ServerOptions
        {
            Port = port,
            Address = address,
            TemplateFolders = folders,
            ApiKey = key,
            Https = https,
            CertificateFile = cert,
            CertificateKeyFile = certKey,
        };
    }
}
