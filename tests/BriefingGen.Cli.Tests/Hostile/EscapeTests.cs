namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 3: nothing outside the pack or the data's folder reaches a paper: not through the manifest, includes, links, pictures, fonts or the data's template field.</summary>
public class EscapeTests
{
    private const string Secret = "SECRET-OUTSIDE-THE-PACK";

    [Theory]
    [InlineData("main", "../outside.sbn")]
    [InlineData("main", "/etc/hostname")]
    [InlineData("theme", "../outside.yaml")]
    [InlineData("schema", "/etc/passwd")]
    [InlineData("reference_doc", "../outside.docx")]
    public void Files_the_manifest_names_outside_the_pack_are_refused(string key, string value)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        h.Folder.Write("outside.sbn", Secret);
        h.Folder.Write("outside.yaml", "body_size: 30\n");
        var manifest = Path.Combine(pack, "template.yaml");
        File.WriteAllLines(manifest, [.. File.ReadAllLines(manifest).Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)), $"{key}: \"{value}\""]);
        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        var (exit, error) = h.Run("render", data, "--template", pack, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("outside the template pack", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_through_a_linked_folder_that_leads_out_is_refused()
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        h.Folder.Write("far/away/secret.sbn", Secret);
        Directory.CreateSymbolicLink(Path.Combine(pack, "partials", "linked"), Path.Combine(h.Folder.Path, "far", "away"));
        File.AppendAllText(Path.Combine(pack, "brief.sbn"), "\n{{ include \"partials/linked/secret.sbn\" }}\n");
        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        var (exit, error) = h.Run("render", data, "--template", pack, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("leads outside the template pack", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_linked_in_from_outside_is_refused_as_a_link_that_leads_outside()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("data/b.yaml", Hostile.Brief().Replace("summary: S", "summary: \"![map](map.png)\"", StringComparison.Ordinal));
        h.Folder.Write("elsewhere/map.png", "not really a picture");
        File.CreateSymbolicLink(Path.Combine(h.Folder.Path, "data", "map.png"), Path.Combine(h.Folder.Path, "elsewhere", "map.png"));
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("b.yaml:3:", error, StringComparison.Ordinal);
        Assert.Contains("image 'map.png' is a symbolic link that leads outside", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../pack")]
    [InlineData("/tmp")]
    [InlineData("templates/../../x")]
    public void The_datas_template_field_can_only_name_a_pack(string template)
    {
        using var h = new Hostile();
        var data = h.Folder.Write("b.yaml", Hostile.Brief($"template: \"{template}\"\n"));
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("must name a pack", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fonts_folder_that_links_to_itself_or_holds_a_pipe_is_scanned_quickly()
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        var fonts = Directory.CreateDirectory(Path.Combine(pack, "fonts")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(fonts, "loop"), fonts);
        Directory.CreateSymbolicLink(Path.Combine(fonts, "root"), "/");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(fonts, "pipe.ttf")))
        {
            mkfifo.WaitForExit();
        }

        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        Assert.Equal(0, h.Run("render", data, "--template", pack, "--out", h.Out).Exit);
    }
}
