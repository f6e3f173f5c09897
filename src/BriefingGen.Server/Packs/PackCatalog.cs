using System.Text.Json;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.IO;
using BriefingGen.Packs;

namespace BriefingGen.Server.Packs;

/// <summary>
/// The packs in the configured folders, each loaded into one engine when the service starts and
/// reused by every request. A request names a pack only by name; a name that is not here is
/// unknown, so no request can send the service to a folder of its choosing.
/// </summary>
internal sealed class PackCatalog
{
    /// <summary>The largest schema or example file read to show in the workspace.</summary>
    private const long MaxShownFileBytes = 1024 * 1024;

    private readonly Dictionary<string, PackEntry> _packs;

    private PackCatalog(Dictionary<string, PackEntry> packs, IReadOnlyList<string> problems)
    {
        _packs = packs;
        Problems = problems;
    }

    /// <summary>
    /// The pack listed first, so the workspace opens on it: the policy brief, which the command line
    /// also uses when data names no pack.
    /// </summary>
    public const string FirstPack = "policy-brief";

    /// <summary>The packs, <see cref="FirstPack"/> first and then by name.</summary>
    public IReadOnlyList<PackEntry> All => _packs.Values.OrderBy(p => p.Name != FirstPack).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>Packs that could not be loaded, one line each, for the console.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The pack called <paramref name="name"/>, or null.</summary>
    public PackEntry? Find(string name) => _packs.GetValueOrDefault(name);

    /// <summary>Loads every pack in <paramref name="folders"/> (the first of each name wins), each into an engine made by <paramref name="options"/>.</summary>
    public static PackCatalog Load(IReadOnlyList<string> folders, EngineOptions options)
    {
        var packs = new Dictionary<string, PackEntry>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(directory);
                if (packs.ContainsKey(name) || !File.Exists(Path.Combine(directory, TemplatePack.ManifestFileName)))
                {
                    continue;
                }

                var engine = BriefingEngine.Load(directory, options);
                if (engine.Pack is not { } pack)
                {
                    problems.Add($"{directory}: not offered; {engine.PackDiagnostics.FirstOrDefault(d => d.Severity == Severity.Error)}");
                    continue;
                }

                // The server waits for its first request: the writers rehearse meanwhile, so the first preview is not the slow one.
                engine.Rehearse();
                packs[name] = new PackEntry(name, engine, Languages(pack), Schema(pack), Example(pack));
            }
        }

        return new PackCatalog(packs, problems);
    }

    private static IReadOnlyList<string> Languages(TemplatePack pack)
    {
        var folder = ContainedPath.Resolve(pack.Directory, "i18n");
        return folder is null || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }

    private static JsonElement? Schema(TemplatePack pack)
    {
        var path = ContainedPath.Resolve(pack.Directory, pack.Manifest.Schema);
        var text = path is null ? null : BoundedFile.ReadText(path, MaxShownFileBytes, out _);
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ExampleData? Example(TemplatePack pack)
    {
        var folder = ContainedPath.Resolve(pack.Directory, "examples");
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        foreach (var name in Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            // Resolved again by name, so a link that leads out of the pack is not followed.
            var format = DataFormats.FromFileName(name);
            var file = ContainedPath.Resolve(pack.Directory, Path.Combine("examples", name));
            if (format is not null && file is not null && BoundedFile.ReadText(file, MaxShownFileBytes, out _) is { } text)
            {
                return new ExampleData(name, format, text);
            }
        }

        return null;
    }
}
