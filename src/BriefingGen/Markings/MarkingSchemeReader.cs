using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Packs;

namespace BriefingGen.Markings;

/// <summary>Reads a scheme's YAML (built in or a pack's <c>markings/*.yaml</c>), with a diagnostic at the line of every mistake.</summary>
internal static class MarkingSchemeReader
{
    /// <summary>The scheme in <paramref name="read"/>; null after an error.</summary>
    public static MarkingScheme? Read(DataReadResult read, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        if (read.Root is not DataMap map)
        {
            diagnostics.Error(read.Root!.Location, "", $"a marking scheme must be a map of settings such as 'id:', got {read.Root.Describe()}");
            return null;
        }

        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var file = new SettingsReader(map, "", diagnostics);
        file.RejectUnknown("id", "name", "levels", "descriptors", "descriptor_separator", "caveat_separator", "labels");
        var id = file.Text("id")?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            diagnostics.Error(map.Location, "id", "a marking scheme needs an id, the name data gives it as 'scheme:'");
        }

        var levels = Items(file, "levels", diagnostics).Select(l => new MarkingLevel(l.Text("id")?.Trim() ?? "", Requires(l))).ToList();
        var descriptors = Items(file, "descriptors", diagnostics).Select(d => new MarkingDescriptor(d.Text("id")?.Trim() ?? "", d.TextList("levels") ?? [], Requires(d))).ToList();
        foreach (var level in levels.Select(l => l.Id).Concat(descriptors.SelectMany(d => d.Levels)).Where(l => !levels.Any(k => string.Equals(k.Id, l, StringComparison.OrdinalIgnoreCase))))
        {
            diagnostics.Error(map.Location, "descriptors", $"a descriptor names the level '{level}', which the scheme does not have");
        }

        var scheme = new MarkingScheme(id ?? "", file.Text("name") ?? id ?? "", levels, descriptors)
        {
            DescriptorSeparator = file.Text("descriptor_separator") ?? "-",
            CaveatSeparator = file.Text("caveat_separator") ?? " ",
            Labels = Labels(file.Section("labels")),
        };
        return diagnostics.Items.Count(d => d.Severity == Severity.Error) > errors ? null : scheme;
    }

    /// <summary>The maps of a list setting, each with its own reader; an error for anything else.</summary>
    private static List<SettingsReader> Items(SettingsReader file, string key, DiagnosticBag diagnostics)
    {
        var result = new List<SettingsReader>();
        if (file.Value(key) is not { } node)
        {
            return result;
        }

        if (node is not DataList list)
        {
            file.Error(node, key, $"expected a list of maps with an 'id:', got {node.Describe()}");
            return result;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not DataMap item)
            {
                file.Error(list.Items[i], key, $"expected a map with an 'id:', got {list.Items[i].Describe()}");
                continue;
            }

            var reader = new SettingsReader(item, $"{key}[{i}]", diagnostics);
            reader.RejectUnknown("id", "levels", "requires");
            if (string.IsNullOrWhiteSpace(reader.Text("id")))
            {
                reader.Error(item, "id", "needs an id, the text banners write");
            }

            result.Add(reader);
        }

        return result;
    }

    private static IReadOnlyList<string> Requires(SettingsReader item)
    {
        var requires = item.TextList("requires") ?? [];
        foreach (var unknown in requires.Where(r => !MarkingCompanions.All.Contains(r, StringComparer.Ordinal)))
        {
            item.Error(item.Map["requires"]!, "requires", $"unknown companion '{unknown}'; expected one of: {string.Join(", ", MarkingCompanions.All)}");
        }

        return requires;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Labels(SettingsReader? labels)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in labels?.Map.Entries ?? [])
        {
            if (labels!.Section(entry.Key) is not { } language)
            {
                continue;
            }

            language.RejectUnknown(MarkingStamp.LabelKeys);
            result[entry.Key] = MarkingStamp.LabelKeys.Where(k => language.Text(k) is not null).ToDictionary(k => k, k => language.Text(k)!, StringComparer.Ordinal);
        }

        return result;
    }
}
