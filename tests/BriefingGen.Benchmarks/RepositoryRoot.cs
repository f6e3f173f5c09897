namespace BriefingGen.Benchmarks;

/// <summary>Finds the repository root from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class RepositoryRoot
{
    /// <summary>The nearest folder above the current one that holds BriefingGen.sln.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BriefingGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the BriefingGen repository.");
    }
}
