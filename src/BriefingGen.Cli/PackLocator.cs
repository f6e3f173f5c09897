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

    /// <summary>The folder of the pack called or found at <paramref name="nameOrPath"/> (a command-line choice), or null.</summary>
    public static string? Find(string nameOrPath)
    {
        if (File.Exists(Path.Combine(nameOrPath, TemplatePack.ManifestFileName)))
        {
            return Path.GetFullPath(nameOrPath);
        }

        return IsName(nameOrPath) ? FindByName(nameOrPath) : null;
    }

    /// <summary>The folder of the pack called <paramref name="name"/> in the search folders, or null.</summary>
    public static string? FindByName(string name) =>
        SearchRoots()
            .Select(root => Path.Combine(root, name))
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, TemplatePack.ManifestFileName)));

    /// <summary>True for a plain pack name: letters, digits, '-', '_' and '.', not a path.</summary>
    public static bool IsName(string name) =>
        name.Length is > 0 and <= 100 && name is not ("." or "..") && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Every pack in the search folders, first of each name only.</summary>
    public static IEnumerable<string> All() =>
        SearchRoots()
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            .Where(dir => File.Exists(Path.Combine(dir, TemplatePack.ManifestFileName)))
            .DistinctBy(Path.GetFileName);
}
