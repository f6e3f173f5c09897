using System.Globalization;
using System.Text;

namespace BriefingGen.Benchmarks;

/// <summary>A policy brief long enough to fill about fifty pages, written as YAML for the benchmarks.</summary>
internal static class LongBrief
{
    private const string Sentence = "Cooperation in the North continues where it serves concrete Norwegian interests, from fisheries management to nuclear safety, while sanctions and allied commitments set its limits.";

    /// <summary>The YAML text of the brief.</summary>
    public static string Yaml(int pillars = 32, int risks = 150)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("title: A long brief on Norway's policy towards Russia");
        yaml.AppendLine("subtitle: Every pillar, area and risk in detail");
        yaml.AppendLine("classification: RESTRICTED");
        yaml.AppendLine("date: 2026-10-05");
        yaml.AppendLine("summary: \"" + string.Join(' ', Enumerable.Repeat(Sentence, 6)) + "\"");
        yaml.AppendLine("background: \"" + string.Join("\\n\\n", Enumerable.Repeat(string.Join(' ', Enumerable.Repeat(Sentence, 5)), 8)) + "\"");
        yaml.AppendLine("pillars:");
        for (var i = 1; i <= pillars; i++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - name: Pillar {i}");
            yaml.AppendLine("    summary: \"" + string.Join("\\n\\n", Enumerable.Repeat(string.Join(' ', Enumerable.Repeat(Sentence, 4)), 3)) + "\"");
            yaml.AppendLine("    commitments: [\"" + string.Join("\", \"", Enumerable.Repeat(Sentence, 4)) + "\"]");
        }

        yaml.AppendLine("cooperation_areas:");
        for (var i = 1; i <= 20; i++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ name: Area {i}, status: {(i % 2 == 0 ? "active" : "reduced")}, interest: \"{Sentence}\", outlook: stable, notes: \"{Sentence}\" }}");
        }

        yaml.AppendLine("risks:");
        for (var i = 1; i <= risks; i++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ title: Risk {i}, likelihood: {1 + (i % 5)}, impact: {1 + (i * 3 % 5)}, trend: rising, mitigation: \"{Sentence}\", owner: Ministry of Foreign Affairs }}");
        }

        return yaml.ToString();
    }
}
