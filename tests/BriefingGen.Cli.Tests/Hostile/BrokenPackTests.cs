using System.IO.Compression;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 4: a broken pack is a diagnostic at the line that is wrong, never a crash, a hang or a broken file.</summary>
public class BrokenPackTests
{
    private static (int Exit, string Error) RenderWith(Hostile h, string pack) =>
        h.Run("render", h.Folder.Write("b.yaml", Hostile.Brief()), "--template", pack, "--out", h.Out);

    [Theory]
    [InlineData("body_size: .nan", "body_size")]
    [InlineData("body_size: -3", "body_size")]
    [InlineData("page:\n  margin_left: 150\n  margin_right: 150", "page.margin_left")]
    [InlineData("page:\n  margin_top: -10", "page.margin_top")]
    [InlineData("paragraph_spacing: 1e309", "paragraph_spacing")]
    [InlineData("heading_sizes: [15, \"big\"]", "heading_sizes")]
    [InlineData("colors:\n  text: red", "colors.text")]
    [InlineData("fonts:\n  body: []", "fonts.body")]
    [InlineData("page:\n  size: A3", "page.size")]
    [InlineData("styles:\n  heading-1:\n    size: 500", "styles.heading-1.size")]
    [InlineData("titel_size: 20", "titel_size")]
    public void A_theme_value_out_of_range_is_an_error_at_its_line(string theme, string key)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        File.WriteAllText(Path.Combine(pack, "theme.yaml"), theme + "\n");
        var (exit, error) = RenderWith(h, pack);
        Assert.Equal(1, exit);
        Assert.Contains("theme.yaml:", error, StringComparison.Ordinal);
        Assert.Contains(key, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme.yaml", "")]
    [InlineData("theme.yaml", "page:\nfonts:\ncolors:\n")]
    [InlineData("template.yaml", "name: policy-brief\nmain: brief.sbn\ndescription:\nversion:\ncomponents: [risk-matrix]\n")]
    public void Settings_left_empty_take_their_defaults(string file, string content)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        File.WriteAllText(Path.Combine(pack, file), content);
        Assert.Equal(0, RenderWith(h, pack).Exit);
    }

    [Theory]
    [InlineData("default_language: xx-QQQ", "default_language")]
    [InlineData("components: [risk-matrix, nonesuch]", "unknown component 'nonesuch'")]
    [InlineData("mian: brief.sbn", "did you mean 'main'")]
    [InlineData("main: brif.sbn", "the file 'brif.sbn' does not exist in the pack")]
    [InlineData("schema: ../schema.json", "leads outside the template pack")]
    [InlineData("marking_scheme: nonesuch", "unknown marking scheme \"nonesuch\"")]
    [InlineData("brand: ../brand", "leads outside the template pack")]
    public void A_manifest_mistake_is_reported_at_its_line(string line, string what)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        var manifest = Path.Combine(pack, "template.yaml");
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        string[] lines = [.. File.ReadAllLines(manifest).Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)), line];
        File.WriteAllLines(manifest, lines);
        var (exit, error) = RenderWith(h, pack);
        Assert.Equal(1, exit);
        Assert.Contains($"template.yaml:{lines.Length}:", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
        Assert.DoesNotContain("b.yaml:1:1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"%%\"", "is not a date pattern")]
    [InlineData("'dddd \"quoted'", "is not a date pattern")]
    [InlineData("\"d MMMM\"", "writes no year")]
    [InlineData("\"d 'yyyy' MMMM\"", "writes no year")]
    public void A_long_date_format_that_cannot_write_a_date_is_an_error_at_its_label(string value, string what)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        var labels = Path.Combine(pack, "i18n", "en.yaml");
        string[] lines = [.. File.ReadAllLines(labels).Where(l => !l.StartsWith("long_date_format:", StringComparison.Ordinal)), "long_date_format: " + value];
        File.WriteAllLines(labels, lines);
        var (exit, error) = RenderWith(h, pack);
        Assert.Equal(1, exit);
        Assert.Contains($"en.yaml:{lines.Length}:", error, StringComparison.Ordinal);
        Assert.Contains("long_date_format: ", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("bad xml")]
    [InlineData("bomb")]
    public void A_damaged_or_oversized_reference_document_is_an_error(string kind)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        var reference = Path.Combine(pack, "reference.docx");
        switch (kind)
        {
            case "garbage":
                File.WriteAllText(reference, "not a docx");
                break;
            case "truncated":
                File.WriteAllBytes(reference, File.ReadAllBytes(Render.SampleDocx())[..3000]);
                break;
            case "bad xml":
                using (var zip = ZipFile.Open(reference, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
                    writer.Write("<Types><unclosed>");
                }

                break;
            case "bomb":
                using (var zip = ZipFile.Open(reference, ZipArchiveMode.Create))
                {
                    using var stream = zip.CreateEntry("word/styles.xml", CompressionLevel.SmallestSize).Open();
                    var zeros = new byte[1024 * 1024];
                    for (var i = 0; i < 64; i++)
                    {
                        stream.Write(zeros);
                    }
                }

                break;
        }

        Assert.True(new FileInfo(reference).Length < 1_000_000);
        var (exit, error) = RenderWith(h, pack);
        Assert.Equal(1, exit);
        Assert.Contains("reference.docx", error, StringComparison.Ordinal);
        Assert.Contains("cannot be used", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ x = [] }}{{ for i in 1..100000 }}{{ x = array.add_range x [i] }}{{ end }}{{ x.size }}")]
    [InlineData("{{ x = [] }}{{ for i in 1..100000 }}{{ x = x | array.concat [i] }}{{ end }}{{ x.size }}")]
    [InlineData("{{ s = 'x' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s.size }}")]
    [InlineData("{{ r = 1..2000000000 }}{{ r | array.size }}")]
    [InlineData("{{ func f(x); ret f(x + 1); end; f(1) }}")]
    [InlineData("{{ number_words -9223372036854775808 }}")]
    [InlineData("{{ include 'brief.sbn' }}")]
    public void A_runaway_template_stops_with_an_error_at_its_line(string template)
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        File.WriteAllText(Path.Combine(pack, "brief.sbn"), template + "\n");
        var (exit, error) = RenderWith(h, pack);
        Assert.Equal(1, exit);
        Assert.Contains("brief.sbn:1:", error, StringComparison.Ordinal);
    }
}
