namespace BriefingGen.Testing;

/// <summary>
/// The test brand kits in <c>tests/Shared/brands/</c> (harbour: navy, serif headings from its own
/// fonts/; ember: red and orange, sans-serif, its own reference.docx) and a copy of the
/// client-report pack that puts the brand's mark in its running header.
/// </summary>
internal static class BrandKits
{
    /// <summary>The kit called <paramref name="name"/>.</summary>
    public static string Folder(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Shared", "brands", name);

    /// <summary>The client report's example data.</summary>
    public static string ClientReport => PackExamples.Example("client-report", "arctic-shipping-readiness.yaml");

    /// <summary>
    /// Copies the client-report pack into <paramref name="folder"/> with <paramref name="pageSettings"/>
    /// added under its <c>page:</c> in place of the pack's own header logo settings (by default the
    /// brand's mark at the left of the header) and
    /// <paramref name="topSettings"/> at the top level; returns the copy's folder.
    /// </summary>
    public static string ReportPack(TempFolder folder, string pageSettings = "  header_logo: \"{{ brand?.logos?.mark }}\"\n", string topSettings = "")
    {
        var source = PackExamples.Pack("client-report");
        var target = Path.Combine(folder.Path, "client-report");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var manifest = Path.Combine(target, "template.yaml");
        // The pack's own header logo settings give way to the test's.
        var lines = File.ReadAllLines(manifest).Where(l => !l.StartsWith("  header_logo", StringComparison.Ordinal));
        var text = string.Join('\n', lines).Replace("\npage:\n", "\npage:\n" + pageSettings, StringComparison.Ordinal) + "\n";
        File.WriteAllText(manifest, text + topSettings);
        return target;
    }

    /// <summary>Copies the kit called <paramref name="name"/> into <paramref name="folder"/> as <paramref name="as"/>, for a test to spoil; returns the copy.</summary>
    public static string Copy(string name, string folder, string @as)
    {
        var source = Folder(name);
        var target = Path.Combine(folder, @as);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
