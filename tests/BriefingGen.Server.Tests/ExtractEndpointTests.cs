using System.Net;
using System.Text.Json.Nodes;
using BriefingGen.Data;
using BriefingGen.Server.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Word.Tests.Binding;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingGen.Server.Tests;

/// <summary><c>POST /api/extract</c>: a paper's data read back, with the edits made in Word, as the task pane asks for it.</summary>
public sealed class ExtractEndpointTests : IAsyncLifetime
{
    private RunningServer _service = null!;
    private byte[] _sample = [];

    public async Task InitializeAsync()
    {
        _service = await RunningServer.StartAsync();
        using var rendered = await _service.PostAsync("/api/render", RunningServer.Paper(RunningServer.Sample, "docx"));
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        _sample = await rendered.Content.ReadAsByteArrayAsync();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task An_unedited_paper_gives_back_its_data_and_no_changes()
    {
        var (status, answer) = await ExtractAsync(_sample);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("policy-brief", (string?)answer["template"]);
        Assert.Equal("yaml", (string?)answer["format"]);
        Assert.Empty(answer["changes"]!.AsArray());
        Assert.DoesNotContain(answer["diagnostics"]!.AsArray(), d => (string?)d!["severity"] == "error");
        Assert.Equal(DataLoader.Load(RepositoryPaths.Sample).Root, Read((string)answer["data"]!, "yaml"));
    }

    [Fact]
    public async Task An_edit_made_in_Word_is_in_the_data_and_in_the_changes()
    {
        var edited = BoundPapers.Edit(_sample, "title", "Norway and Russia in the High North");

        var (status, answer) = await ExtractAsync(edited, "json");

        Assert.Equal(HttpStatusCode.OK, status);
        var change = Assert.Single(answer["changes"]!.AsArray())!;
        Assert.Equal("changed", (string?)change["kind"]);
        Assert.Equal("title", (string?)change["path"]);
        Assert.Contains("→ Norway and Russia in the High North", (string?)change["text"], StringComparison.Ordinal);
        var data = Read((string)answer["data"]!, "json");
        Assert.Equal("Norway and Russia in the High North", ((DataScalar)((DataMap)data!)["title"]!).Text);
    }

    [Fact]
    public async Task A_value_the_schema_refuses_comes_back_with_the_error_told_at_its_control()
    {
        var edited = BoundPapers.Edit(_sample, "risks[1].likelihood", "7");

        var (status, answer) = await ExtractAsync(edited);

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(answer["diagnostics"]!.AsArray(), d => (string?)d!["severity"] == "error")!;
        Assert.Equal("risks[1].likelihood", (string?)error["path"]);
        Assert.StartsWith("content control 'Risk ", (string?)error["message"], StringComparison.Ordinal);
        Assert.Contains("likelihood: 7", (string)answer["data"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_without_its_data_part_is_refused_with_the_reason()
    {
        using var stream = new MemoryStream();
        stream.Write(_sample);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            main.DeleteParts(main.CustomXmlParts.ToList());
        }

        var (status, answer) = await ExtractAsync(stream.ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("unreadable_paper", (string?)answer["code"]);
        Assert.Contains("carries no data", (string?)answer["diagnostics"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_Word_document_or_not_base64_is_refused()
    {
        var (status, answer) = await ExtractAsync("%PDF-1.7 not a paper"u8.ToArray());
        using var notBase64 = await _service.PostAsync("/api/extract", new { paper = "***" });
        using var noPaper = await _service.PostAsync("/api/extract", new { format = "yaml" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("not a Word document", (string?)answer["diagnostics"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPaper.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonNode Answer)> ExtractAsync(byte[] docx, string format = "yaml")
    {
        using var response = await _service.PostAsync("/api/extract", new { paper = Convert.ToBase64String(docx), format });
        return (response.StatusCode, await RunningServer.ReadJsonAsync(response));
    }

    private static DataNode? Read(string text, string format) =>
        DataLoader.Parse(text, format == "json" ? "data.json" : "data.yaml").Root;
}
