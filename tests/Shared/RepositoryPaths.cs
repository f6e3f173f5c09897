namespace BriefingGen.Testing;

/// <summary>Paths into the repository, found from the test assembly's folder, so tests run from any working directory.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds BriefingGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped policy-brief pack.</summary>
    public static string PolicyBriefPack => Path.Combine(Root, "templates", "policy-brief");

    /// <summary>The shipped sample data.</summary>
    public static string Sample => Path.Combine(PolicyBriefPack, "examples", "norway-russia.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BriefingGen.sln not found above " + AppContext.BaseDirectory);
    }
}
