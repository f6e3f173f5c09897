using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Papers made once for the hostile cases that need a real file to damage.</summary>
internal static class Render
{
    private static readonly Lazy<string> Docx = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefgen-tests", "sample-" + Environment.ProcessId);
        var (exit, _, error) = Cli.Run("render", RepositoryPaths.Sample, "--format", "docx", "--out", folder);
        Assert.True(exit == 0, error);
        return Path.Combine(folder, "norway-russia.docx");
    });

    /// <summary>The sample as a .docx.</summary>
    public static string SampleDocx() => Docx.Value;
}
