using System.Net;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Server.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefingGen.Server.Tests;

/// <summary>Every endpoint of the API against a real service, with the shipped pack and sample.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private RunningServer _service = null!;

    public async Task InitializeAsync() => _service = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Health_says_ok_and_counts_the_packs()
    {
        var json = await RunningServer.ReadJsonAsync(await _service.Client.GetAsync("/healthz"));

        Assert.Equal("ok", (string?)json["status"]);
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "templates")).Length, (int?)json["templates"]);
    }

    [Fact]
    public async Task Templates_lists_the_pack_with_its_languages_and_schema()
    {
        var json = await RunningServer.ReadJsonAsync(await _service.Client.GetAsync("/api/templates"));
        var pack = json["templates"]![0]!;

        Assert.Equal("policy-brief", (string?)pack["name"]);
        Assert.Contains("risk", (string?)pack["description"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["en", "nb", "ru"], pack["languages"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("object", (string?)pack["schema"]!["type"]);
        Assert.True((bool?)pack["hasExample"]);
    }

    [Fact]
    public async Task Example_is_the_packs_sample_data()
    {
        var json = await RunningServer.ReadJsonAsync(await _service.Client.GetAsync("/api/templates/policy-brief/example"));

        Assert.Equal("norway-russia.yaml", (string?)json["fileName"]);
        Assert.Equal("yaml", (string?)json["format"]);
        Assert.Equal(RunningServer.Sample, (string?)json["data"]);
    }

    [Fact]
    public async Task Valid_data_validates_with_200()
    {
        var response = await _service.PostAsync("/api/validate", RunningServer.Paper(RunningServer.Sample));
        var json = await RunningServer.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool?)json["valid"]);
    }

    [Fact]
    public async Task Validation_gives_exactly_the_diagnostics_the_command_line_prints()
    {
        using var folder = new TempFolder();
        var data = RunningServer.Sample.Replace("likelihood: 4", "likelihood: 9", StringComparison.Ordinal).Replace("status: active", "status: dormant", StringComparison.Ordinal);
        var file = folder.Write("data.yaml", data);
        var cliError = new StringWriter();
        Cli.BriefgenApp.Run(["validate", file, "--template", RepositoryPaths.PolicyBriefPack], new StringWriter(), cliError);
        var cliLines = cliError.ToString().Replace(folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var response = await _service.PostAsync("/api/validate", RunningServer.Paper(data));
        var json = await RunningServer.ReadJsonAsync(response);
        var lines = json["diagnostics"]!.AsArray().Select(d => (string?)d!["text"]).ToList();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(lines.Count >= 2);
        Assert.Equal(cliLines, lines);
        var likelihood = json["diagnostics"]!.AsArray().Single(d => ((string?)d!["path"])!.EndsWith("likelihood", StringComparison.Ordinal))!;
        Assert.Equal("error", (string?)likelihood["severity"]);
        Assert.True((int?)likelihood["line"] > 0 && (int?)likelihood["column"] > 0);
    }

    [Fact]
    public async Task Json_data_is_read_as_json()
    {
        var response = await _service.PostAsync("/api/validate", RunningServer.Paper("{\"title\": \"T\", \"date\": \"2026-01-02\", \"summary\": \"S\", \"pillars\": [{\"name\": \"P\"}]}", format: "json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Render_docx_is_a_valid_word_file_named_after_the_title()
    {
        var response = await _service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "docx"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("norways-policy-towards-russia.docx", response.Content.Headers.ContentDisposition!.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word));
    }

    [Fact]
    public async Task Render_pdf_passes_qpdf()
    {
        using var folder = new TempFolder();
        var response = await _service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "pdf"));
        var file = Path.Combine(folder.Path, "paper.pdf");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("norways-policy-towards-russia.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var (exit, output, error) = PdfTools.Run("qpdf", "--check", file);
        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public async Task Render_md_is_the_composed_markdown()
    {
        var response = await _service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "md"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("norways-policy-towards-russia.md", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Contains("Norway", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_has_the_pdfs_pages_with_their_labels()
    {
        var response = await _service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample));
        var json = await RunningServer.ReadJsonAsync(response);
        var pdf = await _service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "pdf"));
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "paper.pdf");
        await File.WriteAllBytesAsync(file, await pdf.Content.ReadAsByteArrayAsync());
        var pdfPages = int.Parse(PdfTools.Info(file)["Pages"], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdfPages, (int?)json["pageCount"]);
        Assert.Equal(pdfPages, json["pageLabels"]!.AsArray().Count);
        var svg = System.Xml.Linq.XDocument.Parse((string)json["svg"]!);
        Assert.Equal(pdfPages, svg.Root!.Elements().Count(e => (string?)e.Attribute("class") == "page"));
    }

    [Fact]
    public async Task Preview_shows_what_the_data_says()
    {
        var changed = RunningServer.Sample.Replace("likelihood: 4", "likelihood: 5", StringComparison.Ordinal);
        var before = await RunningServer.ReadJsonAsync(await _service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample)));
        var after = await RunningServer.ReadJsonAsync(await _service.PostAsync("/api/preview", RunningServer.Paper(changed)));

        Assert.NotEqual((string?)before["svg"], (string?)after["svg"]);
    }

    [Fact]
    public async Task The_same_preview_asked_twice_is_the_same()
    {
        var first = await RunningServer.ReadJsonAsync(await _service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample)));
        var second = await RunningServer.ReadJsonAsync(await _service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample)));

        Assert.Equal((string?)first["svg"], (string?)second["svg"]);
    }

    [Theory]
    [InlineData("gzip, deflate, br", true)]
    [InlineData("*", true)]
    [InlineData("gzip;q=0, identity", false)]
    [InlineData(null, false)]
    public async Task A_preview_is_sent_gzipped_to_a_client_that_accepts_gzip_and_says_the_same(string? acceptEncoding, bool gzipped)
    {
        var plain = await (await _service.PostAsync("/api/preview", RunningServer.Paper(RunningServer.Sample))).Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/preview") { Content = RunningServer.Json(RunningServer.Paper(RunningServer.Sample)) };
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await _service.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(gzipped, response.Content.Headers.ContentEncoding.Contains("gzip"));
        if (gzipped)
        {
            Assert.True(body.Length * 2 < plain.Length, $"{body.Length:N0} bytes gzipped against {plain.Length:N0} plain");
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            await gzip.CopyToAsync(unpacked);
            body = unpacked.ToArray();
        }

        Assert.Equal(plain, body);
    }

    [Fact]
    public async Task A_small_answer_is_sent_as_it_is()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = RunningServer.Json(RunningServer.Paper(RunningServer.Sample)) };
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        using var response = await _service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
