using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Testing;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Cli.Tests;

/// <summary>
/// The Kubernetes Indexed Job in docs/batch runs the command line it shows: each pod's
/// <c>briefgen render</c>, with its index put in, is run here over the same files, and together
/// the pods render every input exactly once and each writes a summary that parses.
/// </summary>
public partial class BatchExampleTests
{
    [Fact]
    public void The_indexed_job_renders_every_brief_exactly_once()
    {
        var manifest = new YamlStream();
        manifest.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "batch", "kubernetes-indexed-job.yaml"))));
        var spec = (YamlMappingNode)((YamlMappingNode)manifest.Documents[0].RootNode)["spec"];
        var completions = int.Parse(((YamlScalarNode)spec["completions"]).Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Indexed", ((YamlScalarNode)spec["completionMode"]).Value);
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)spec["template"])["spec"])["containers"])[0];
        var script = ((YamlScalarNode)((YamlSequenceNode)container["args"])[0]).Value!;

        using var folder = new TempFolder();
        var sample = File.ReadAllText(RepositoryPaths.Sample);
        var briefs = Enumerable.Range(1, 7).Select(i => folder.Write($"briefs/brief{i}.yaml", sample)).ToList();
        var papers = Path.Combine(folder.Path, "papers");
        var rendered = new List<string>();
        for (var index = 0; index < completions; index++)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var exit = BriefgenApp.Run([.. Arguments(script, index, briefs, papers), "--format", "md"], output, error);
            Assert.True(exit == 0, error.ToString());
            using var summary = JsonDocument.Parse(output.ToString());
            rendered.AddRange(summary.RootElement.GetProperty("papers").EnumerateArray().Select(p => Path.GetFileName(p.GetProperty("input").GetString()!)));
        }

        Assert.Equal(briefs.Select(Path.GetFileName).Order(StringComparer.Ordinal), rendered.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The arguments the pod's shell gives briefgen: the wildcard expanded to <paramref name="briefs"/>,
    /// the index put into the shard, the output folder moved to <paramref name="papers"/>, and the
    /// redirection of the summary left to the caller.
    /// </summary>
    private static IEnumerable<string> Arguments(string script, int index, List<string> briefs, string papers)
    {
        var command = ShardIndex().Replace(script.Split('>')[0], m => (index + int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("\"", "", StringComparison.Ordinal);
        Assert.StartsWith("exec briefgen render ", command, StringComparison.Ordinal);
        foreach (var word in command["exec briefgen ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.EndsWith("*.yaml", StringComparison.Ordinal))
            {
                foreach (var brief in briefs)
                {
                    yield return brief;
                }
            }
            else if (word == "/data/papers")
            {
                yield return papers;
            }
            else
            {
                yield return word;
            }
        }
    }

    [GeneratedRegex(@"\$\(\(JOB_COMPLETION_INDEX \+ (\d+)\)\)")]
    private static partial Regex ShardIndex();
}
