using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Templates;

/// <summary>A throw-away template pack written to a temp folder, for testing the compose and Markdown stages.</summary>
internal sealed class TestPack : IDisposable
{
    private readonly TempFolder _folder = new();
    private BriefingEngine? _engine;

    /// <summary>Creates a pack whose main template is <paramref name="template"/>, with English labels.</summary>
    public TestPack(string template, string labels = "greeting: Hello\nlong_date_format: \"d MMMM yyyy\"\n", string manifest = "")
    {
        _folder.Write("pack/template.yaml", "name: test\nmain: main.sbn\npage:\n  footer_right: \"{{ labels.greeting }} {page}/{pages}\"\nmetadata:\n  language: \"{{ data.language }}\"\n" + manifest);
        _folder.Write("pack/main.sbn", template);
        _folder.Write("pack/i18n/en.yaml", labels);

        // The one field the pack reads for itself, the language, is declared so data may leave it out.
        _folder.Write("pack/schema.json", "{ \"type\": \"object\", \"properties\": { \"language\": { \"type\": \"string\" } } }");
    }

    /// <summary>The pack's folder.</summary>
    public string Directory => Path.Combine(_folder.Path, "pack");

    /// <summary>The engine of this pack, loaded on first use.</summary>
    public BriefingEngine Engine => _engine ??= TestEngines.Load(Directory);

    /// <summary>Adds a file to the pack.</summary>
    public TestPack With(string name, string content)
    {
        _folder.Write(Path.Combine("pack", name), content);
        _engine = null;
        return this;
    }

    /// <summary>Composes <paramref name="yaml"/> with this pack (Markdown only).</summary>
    public BriefingResult Render(string yaml)
    {
        var data = _folder.Write("data/brief.yaml", yaml);
        return Engine.Render(DataSource.FromFile(data));
    }

    /// <summary>Composes a data tree with this pack.</summary>
    public BriefingResult Render(DataNode data) => Engine.Render(DataSource.FromTree(data, Path.Combine(_folder.Path, "data", "brief.yaml")));

    /// <summary>A file beside the pack (outside it), for escape tests.</summary>
    public string WriteOutside(string name, string content) => _folder.Write(name, content);

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
