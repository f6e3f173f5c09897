using BriefingGen.Testing;

namespace BriefingGen.Tests.Templates;

/// <summary>A throw-away template pack written to a temp folder, for testing the compose stage in isolation.</summary>
internal sealed class TestPack : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Creates a pack whose main template is <paramref name="template"/>, with English labels.</summary>
    public TestPack(string template, string labels = "greeting: Hello\nlong_date_format: \"d MMMM yyyy\"\n")
    {
        _folder.Write("pack/template.yaml", "name: test\nmain: main.sbn\npage:\n  footer_right: \"{{ labels.greeting }} {page}/{pages}\"\n");
        _folder.Write("pack/main.sbn", template);
        _folder.Write("pack/i18n/en.yaml", labels);
    }

    /// <summary>The pack's folder.</summary>
    public string Directory => Path.Combine(_folder.Path, "pack");

    /// <summary>Adds a file to the pack.</summary>
    public TestPack With(string name, string content)
    {
        _folder.Write(Path.Combine("pack", name), content);
        return this;
    }

    /// <summary>Composes <paramref name="yaml"/> with this pack (no output format).</summary>
    public BriefingResult Render(string yaml)
    {
        var data = _folder.Write("data/brief.yaml", yaml);
        return BriefingGenerator.FromPack(Directory).Render(data, new BriefingOptions());
    }

    /// <summary>A file beside the pack (outside it), for escape tests.</summary>
    public string WriteOutside(string name, string content) => _folder.Write(name, content);

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
