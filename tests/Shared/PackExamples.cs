namespace BriefingGen.Testing;

/// <summary>Every shipped pack's examples, so each test that walks them covers a new pack the day it lands.</summary>
internal static class PackExamples
{
    /// <summary>The packs that ship with BriefingGen, by folder name.</summary>
    public static IEnumerable<string> Packs =>
        Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "templates")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>Each example of each pack, as (pack, example file name).</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var pack in Packs)
        {
            var folder = Path.Combine(RepositoryPaths.Root, "templates", pack, "examples");
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.json")).Order(StringComparer.Ordinal))
            {
                data.Add(pack, Path.GetFileName(file));
            }
        }

        return data;
    }

    /// <summary>The pack's folder.</summary>
    public static string Pack(string pack) => Path.Combine(RepositoryPaths.Root, "templates", pack);

    /// <summary>The example's path.</summary>
    public static string Example(string pack, string example) => Path.Combine(RepositoryPaths.Root, "templates", pack, "examples", example);
}
