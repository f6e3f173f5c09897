using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Testing;
using BriefingGen.Theming;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>Renders to PDF files in a temporary folder for the tools to read.</summary>
internal sealed class PdfOutput : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>The folder the files go in.</summary>
    public string Folder => _folder.Path;

    /// <summary>Renders a document built from the model with the default theme.</summary>
    public string Render(Document document, string name = "model", Theme? theme = null)
    {
        using var stream = new MemoryStream();
        new PdfRenderer().Render(new RenderInput(document, theme ?? Theme.Default, null), stream);
        return Save(name + ".pdf", stream.ToArray());
    }

    /// <summary>Renders a data file through the policy-brief pack; fails the test on any error.</summary>
    public string RenderData(string dataPath) => RenderData(dataPath, out _);

    /// <summary>Renders a data file through the policy-brief pack and gives the composed document too.</summary>
    public string RenderData(string dataPath, out Document document)
    {
        var generator = BriefingGenerator.FromPack(RepositoryPaths.PolicyBriefPack);
        var result = generator.Render(dataPath, new BriefingOptions { Renderers = [new PdfRenderer()] });
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
