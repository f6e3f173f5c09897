using System.Text.RegularExpressions;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests.Conformance;

/// <summary>Every example of every shipped pack, in every language the pack has labels for.</summary>
internal static partial class ShippedExamples
{
    /// <summary>The cultures the packs' label files stand for.</summary>
    private static readonly Dictionary<string, string> Cultures = new(StringComparer.Ordinal) { ["en"] = "en-GB", ["nb"] = "nb-NO", ["ru"] = "ru-RU" };

    /// <summary>Each example data file (relative to the repository), its pack folder and a culture.</summary>
    public static IEnumerable<(string Example, string Pack, string Culture)> All()
    {
        var templates = Path.Combine(RepositoryPaths.Root, "templates");
        foreach (var example in Directory.EnumerateFiles(templates, "*.yaml", SearchOption.AllDirectories)
                     .Where(f => f.Contains($"{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var named = TemplateField().Match(File.ReadAllText(example));
            var pack = named.Success
                ? Path.Combine(templates, named.Groups[1].Value)
                : Path.GetDirectoryName(Path.GetDirectoryName(example))!;
            foreach (var labels in Directory.EnumerateFiles(Path.Combine(pack, "i18n"), "*.yaml").Order(StringComparer.Ordinal))
            {
                yield return (Path.GetRelativePath(RepositoryPaths.Root, example), pack, Cultures[Path.GetFileNameWithoutExtension(labels)]);
            }
        }
    }

    [GeneratedRegex(@"^template:\s*([a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TemplateField();
}
