using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests;

/// <summary>
/// Every shipped pack's examples compose to the Markdown kept in PackGoldens/&lt;pack&gt;/, so a
/// change to a pack's templates, labels or schema shows as a reviewed diff. After a deliberate
/// change, run with BRIEFGEN_UPDATE_GOLDEN=1 to rewrite them, then review the diff.
/// </summary>
public class PackExampleGoldenTests
{
    public static TheoryData<string, string> Examples() => PackExamples.All();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Composes_the_expected_Markdown(string pack, string example)
    {
        var result = TestEngines.Load(PackExamples.Pack(pack)).Render(DataSource.FromFile(PackExamples.Example(pack, example)), "md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
        var actual = System.Text.Encoding.UTF8.GetString(Assert.Single(result.Outputs).Bytes.Span);

        var golden = Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "PackGoldens", pack, Path.ChangeExtension(example, ".md"));
        if (Environment.GetEnvironmentVariable("BRIEFGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"no golden for {pack}/{example}; run with BRIEFGEN_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden), actual);
    }
}
