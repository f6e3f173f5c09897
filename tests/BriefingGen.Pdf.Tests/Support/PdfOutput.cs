using BriefingGen.Engine;
using BriefingGen.Model;
using BriefingGen.Styling;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>Renders to PDF files in a temporary folder for the tools to read.</summary>
internal sealed class PdfOutput : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>The folder the files go in.</summary>
    public string Folder => _folder.Path;

    /// <summary>Renders a document built from the model with the policy-brief pack's stylesheet (or <paramref name="sheet"/>).</summary>
    public string Render(Document document, string name = "model", StyleSheet? sheet = null)
    {
        using var stream = new MemoryStream();
        var input = ModelSamples.Input(document);
        new PdfRenderer().Render(sheet is null ? input : input with { StyleSheet = sheet }, stream);
        return Save(name + ".pdf", stream.ToArray());
    }

    /// <summary>Renders <paramref name="dataPath"/> through the pack in <paramref name="pack"/> with <paramref name="renderer"/> and the given font folders.</summary>
    public static BriefingResult RenderWith(string dataPath, PdfRenderer renderer, string? pack = null, IReadOnlyList<string>? fontFolders = null)
    {
        var options = TestEngines.Options(renderer) with { FontFolders = fontFolders ?? [] };
        return BriefingEngine.Load(pack ?? RepositoryPaths.PolicyBriefPack, options).Render(DataSource.FromFile(dataPath), "pdf");
    }

    /// <summary>Renders a data file through the policy-brief pack; fails the test on any error.</summary>
    public string RenderData(string dataPath) => RenderData(dataPath, out _);

    /// <summary>Renders a data file through the policy-brief pack and gives the composed document too.</summary>
    public string RenderData(string dataPath, out Document document)
    {
        var result = RenderWith(dataPath, new PdfRenderer());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        document = result.Document!;
        return Save(Path.GetFileNameWithoutExtension(dataPath) + ".pdf", result.Outputs.Single().Bytes.ToArray());
    }

    /// <summary>Writes a data file into the folder.</summary>
    public string WriteData(string name, string content) => _folder.Write(name, content);

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
