using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using BriefingGen.Server.Tests.Support;

namespace BriefingGen.Server.Tests.Addin;

/// <summary>
/// The Word add-in's manifest, as <c>briefgen serve</c> gives it, checked against Microsoft's
/// published manifest schema (MS-OWEMXML), with every address in it the service's own and served.
/// </summary>
public sealed class AddinManifestTests : IAsyncLifetime
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private RunningServer _service = null!;

    public async Task InitializeAsync() => _service = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_served_manifest_passes_the_Office_manifest_schema()
    {
        var manifest = await ManifestAsync();

        Assert.Empty(SchemaErrors(manifest));
        Assert.Equal("TaskPaneApp", manifest.Root!.Attribute(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "type")!.Value);
        Assert.Equal("Document", manifest.Root.Element(App + "Hosts")!.Element(App + "Host")!.Attribute("Name")!.Value);
    }

    [Fact]
    public async Task The_schema_check_finds_a_manifest_that_breaks_the_schema()
    {
        var served = await ManifestAsync();
        var manifest = new XDocument(served);
        manifest.Root!.Element(App + "Permissions")!.Remove();
        var misplaced = new XDocument(served);
        var version = misplaced.Root!.Element(App + "Version")!;
        version.Remove();
        misplaced.Root.Add(version);

        var badButton = new XDocument(served);
        var xsiType = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "type";
        badButton.Descendants().Single(e => e.Name.LocalName == "Control").Attribute(xsiType)!.Value = "Slider";

        Assert.NotEmpty(SchemaErrors(manifest));
        Assert.NotEmpty(SchemaErrors(misplaced));
        Assert.Contains(SchemaErrors(badButton), e => e.Contains("Slider", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_address_in_the_manifest_is_the_services_own_and_is_served()
    {
        var manifest = await ManifestAsync();
        var addresses = manifest.Descendants()
            .SelectMany(e => e.Attributes("DefaultValue"))
            .Select(a => a.Value)
            .Where(v => v.StartsWith("http", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains(new Uri(_service.Server.Address, "addin/taskpane.html").ToString(), addresses);
        Assert.Equal(6, addresses.Count);
        foreach (var address in addresses)
        {
            Assert.StartsWith(_service.Server.Address.ToString(), address, StringComparison.Ordinal);
            using var response = await _service.Client.GetAsync(new Uri(address));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {response.StatusCode}");
        }

        foreach (var size in new[] { 16, 32, 64, 80 })
        {
            var png = await _service.Client.GetByteArrayAsync(new Uri($"addin/icon-{size}.png", UriKind.Relative));
            Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
    }

    [Fact]
    public async Task The_manifest_names_the_service_as_the_caller_reached_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "addin/manifest.xml");
        request.Headers.Host = $"localhost:{_service.Server.Address.Port}";
        using var response = await _service.Client.SendAsync(request);
        var manifest = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var source = manifest.Root!.Element(App + "DefaultSettings")!.Element(App + "SourceLocation")!.Attribute("DefaultValue")!.Value;
        Assert.Equal($"http://localhost:{_service.Server.Address.Port}/addin/taskpane.html", source);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("briefinggen-word-addin.xml", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task The_task_pane_is_the_workspace_with_Office_js_and_may_load_it()
    {
        using var response = await _service.Client.GetAsync(new Uri("addin/taskpane.html", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();
        var workspace = await _service.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("appsforoffice", workspace, StringComparison.Ordinal);
        Assert.Equal(workspace.Replace("<!-- office.js -->", "", StringComparison.Ordinal), page.Replace("<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>", "", StringComparison.Ordinal));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", policy, StringComparison.Ordinal);
        var workspacePolicy = string.Join(";", (await _service.Client.GetAsync(new Uri("/", UriKind.Relative))).Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("appsforoffice", workspacePolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_task_pane_script_knows_the_data_parts_namespace()
    {
        var script = File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "src", "BriefingGen.Server", "wwwroot", "js", "word.js"));

        Assert.Contains($"export const paperNamespace = '{BriefingGen.Word.Binding.PaperPart.Namespace}';", script, StringComparison.Ordinal);
    }

    private async Task<XDocument> ManifestAsync()
    {
        using var response = await _service.Client.GetAsync(new Uri("addin/manifest.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>What the schema finds wrong in <paramref name="manifest"/>: errors and warnings both, as Office refuses a manifest for either.</summary>
    private static List<string> SchemaErrors(XDocument manifest)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Addin", "Schemas", "OfficeAppManifestV1_1.xsd"));
        schemas.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(manifest.ToString()), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
