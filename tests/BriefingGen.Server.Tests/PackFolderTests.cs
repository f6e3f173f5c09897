using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BriefingGen.Server.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Server.Tests;

/// <summary>Packs from the configured folders only, reported without the server's paths; and the service over HTTPS.</summary>
public sealed class PackFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_packs_files_are_named_relative_to_the_pack_never_by_their_place_on_the_server()
    {
        _folder.Write("packs/memo/template.yaml", "name: memo\nmain: memo.sbn\nmetadata:\n  title: \"{{ data.title }}\"\n");
        _folder.Write("packs/memo/memo.sbn", "# {{ data.title }}\n\n{{ data.no_such_field }}\n");
        await using var service = await RunningServer.StartAsync(new ServerOptions { TemplateFolders = [Path.Combine(_folder.Path, "packs")] });

        var response = await service.PostAsync("/api/render", RunningServer.Paper("title: Memo\n", "pdf", template: "memo"));
        var json = await LimitTests.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid_data");

        var diagnostic = json["diagnostics"]![0]!;
        Assert.Equal("memo.sbn", (string?)diagnostic["file"]);
        Assert.DoesNotContain(_folder.Path, json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_packs_in_the_configured_folders_are_offered_and_broken_ones_are_reported()
    {
        _folder.Write("packs/broken/template.yaml", "name: broken\nmain: missing.sbn\n");
        _folder.Write("packs/not-a-pack/readme.txt", "nothing here");
        var server = BriefingServer.Create(new ServerOptions { Port = 0, TemplateFolders = [Path.Combine(_folder.Path, "packs"), Path.Combine(RepositoryPaths.Root, "templates")] });
        await using (server)
        {
            var shipped = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "templates")).Select(Path.GetFileName).OfType<string>();
            Assert.Equal(shipped.Order(StringComparer.Ordinal), server.PackNames.Order(StringComparer.Ordinal));
            Assert.Equal("policy-brief", server.PackNames[0]);
            Assert.Contains(server.PackProblems, p => p.Contains("broken", StringComparison.Ordinal) && p.Contains("missing.sbn", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_offered_pack_rehearses_its_writers_when_it_is_loaded_not_at_the_first_request()
    {
        var catalog = Packs.PackCatalog.Load([Path.Combine(RepositoryPaths.Root, "templates")], TestEngines.Options(new Word.WordRenderer()));

        Assert.NotEmpty(catalog.All);
        Assert.All(catalog.All, pack => Assert.True(pack.Engine.HasRehearsed, pack.Name));
        Assert.False(TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer()).HasRehearsed);
    }

    [Fact]
    public async Task With_a_certificate_it_serves_https()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var file = Path.Combine(_folder.Path, "localhost.pfx");
        await File.WriteAllBytesAsync(file, certificate.Export(X509ContentType.Pfx));
        await using var service = await RunningServer.StartAsync(new ServerOptions { Https = true, CertificateFile = file });
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, served, _, _) => served?.Thumbprint == certificate.Thumbprint };
        using var client = new HttpClient(handler) { BaseAddress = service.Server.Address };

        var response = await client.GetAsync("/healthz");
        var manifest = await client.GetStringAsync("/addin/manifest.xml");

        Assert.Equal("https", service.Server.Address.Scheme);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<SourceLocation DefaultValue=\"https://127.0.0.1:{service.Server.Address.Port}/addin/taskpane.html\" />", manifest, StringComparison.Ordinal);
    }
}
