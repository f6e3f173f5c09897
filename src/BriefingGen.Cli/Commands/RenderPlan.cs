namespace BriefingGen.Cli.Commands;

/// <summary>
/// What a render run will write, worked out before anything is rendered: each data file's output
/// name, refused when a file gives no name, when a file is given twice, when two files would write
/// the same papers, or when a paper would overwrite a data file of the run.
/// </summary>
internal static class RenderPlan
{
    /// <summary>The output stem (folder and name, no extension) of each data file, or a usage error.</summary>
    public static (IReadOnlyList<(string File, string Stem)> Papers, string? Error) For(IReadOnlyList<string> files, string outDir, IReadOnlyList<string> extensions)
    {
        var papers = new List<(string File, string Stem)>();
        // Names that differ only in case clash on the file systems of Windows and macOS, so they are refused everywhere.
        var byOutput = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var realInputs = files.Select(RealPath).ToList();
        var inputs = realInputs.ToHashSet(byOutput.Comparer);

        // The same file given twice would have two jobs render one paper into the same files at once.
        if (Enumerable.Range(0, files.Count).GroupBy(i => realInputs[i], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return ([], $"{files[twice.First()]} is given {(twice.Count() == 2 ? "twice" : $"{twice.Count()} times")}; give each data file once.");
        }

        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.Length == 0 || name.StartsWith('.'))
            {
                return ([], $"{Diagnostics.PrintablePath.Of(file)}: the paper is named after its data file, and this file's name gives none; rename it, e.g. brief.yaml");
            }

            var stem = Path.Combine(outDir, name);
            foreach (var extension in extensions)
            {
                var output = Path.GetFullPath(stem + extension);
                var real = IO.ContainedPath.RealPath(output) ?? output;
                if (inputs.Contains(real))
                {
                    return ([], $"{Diagnostics.PrintablePath.Of(file)}: its {extension} paper would overwrite the data file {real}; choose another --out folder");
                }

                if (byOutput.TryGetValue(output, out var first) && first != file)
                {
                    return ([], $"{Diagnostics.PrintablePath.Of(first)} and {Diagnostics.PrintablePath.Of(file)} would write the same output files; render them into different --out folders.");
                }

                byOutput[output] = file;
            }

            papers.Add((file, stem));
        }

        return (papers, null);
    }

    /// <summary>Where <paramref name="file"/> really is, its links followed: two names for one file are one input.</summary>
    public static string RealPath(string file)
    {
        var full = Path.GetFullPath(file);
        return IO.ContainedPath.RealPath(full) ?? full;
    }
}
