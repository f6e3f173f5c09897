using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests;

/// <summary>
/// Golden cases as data: each folder under Cases/ holds <c>data.yaml</c> and the paper the
/// policy-brief pack must compose from it, written as Markdown, <c>expected.md</c>. After a deliberate change, run with
/// BRIEFGEN_UPDATE_GOLDEN=1 to rewrite the expectations, then review the diff.
/// </summary>
public class GoldenCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Cases")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Composes_the_expected_Markdown(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", name);
        var result = TestEngines.PolicyBrief.Render(DataSource.FromFile(Path.Combine(folder, "data.yaml")), "md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var actual = System.Text.Encoding.UTF8.GetString(Assert.Single(result.Outputs).Bytes.Span);

        var source = Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases", name, "expected.md");
        if (Environment.GetEnvironmentVariable("BRIEFGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
        }

        Assert.True(File.Exists(source), $"no expected.md for case '{name}'; run with BRIEFGEN_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(source), actual);
    }
}
