using BriefingGen.Packs;

namespace BriefingGen.Cli;

/// <summary>
/// Finds template packs: a name given as a folder that holds a pack, else a pack of that name in
/// <c>./templates</c>, in each folder of the <c>BRIEFGEN_TEMPLATES</c> path list, and beside the
/// program (where the shipped packs are installed), in that order.
/// </summary>
internal static class PackLocator
{
    /// <summary>The environment variable naming extra pack folders, separated like PATH.</summary>
    public const string EnvironmentVariable = "BRIEFGEN_TEMPLATES";

    /// <summary>The folders searched for packs, first match wins.</summary>
    public static IReadOnlyList<string> SearchRoots()
    {
        var roots = new List<string> { Path.Combine(Directory.GetCurrentDirectory(), "templates") };
        var extra = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            roots.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        roots.Add(Path.Combine(AppContext.BaseDirectory, "templates"));
        return roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder of the pack called <paramref name="nameOrPath"/>, or null.</summary>
    public static string? Find(string nameOrPath)
    {
        if (File.Exists(Path.Combine(nameOrPath, TemplatePack.ManifestFileName)))
        {
            return Path.GetFullPath(nameOrPath);
        }

        return SearchRoots()
            .Select(root => Path.Combine(root, nameOrPath))
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, TemplatePack.ManifestFileName)));
    }

    /// <summary>Every pack in the search folders, first of each name only.</summary>
    public static IEnumerable<string> All() =>
        SearchRoots()
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            .Where(dir => File.Exists(Path.Combine(dir, TemplatePack.ManifestFileName)))
            .DistinctBy(Path.GetFileName);
}
