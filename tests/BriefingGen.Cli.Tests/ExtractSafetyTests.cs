using System.IO.Compression;
using System.Text;
using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

/// <summary><c>briefgen extract</c> on papers tampered with, and onto targets that must not be replaced.</summary>
public sealed class ExtractSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _paper;

    public ExtractSafetyTests()
    {
        Assert.Equal(0, Cli.Run("render", RepositoryPaths.Sample, "--format", "docx", "--out", _folder.Path).Exit);
        _paper = Path.Combine(_folder.Path, "norway-russia.docx");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("<number>NaN</number>")]
    [InlineData("<number>Infinity</number>")]
    [InlineData("<integer>abc</integer>")]
    [InlineData("<boolean>maybe</boolean>")]
    public void A_value_whose_text_is_not_its_kind_makes_the_paper_damaged_not_a_crash(string value)
    {
        Rewrite("customXml/item.xml", xml => ReplaceFirstString(xml, value));
        var (exit, _, error) = Cli.Run("extract", _paper, "--out", Path.Combine(_folder.Path, "back.yaml"));
        Assert.Equal(1, exit);
        Assert.Contains("the Word document is damaged", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_the_package_lists_but_does_not_hold_makes_the_paper_damaged()
    {
        using (var zip = ZipFile.Open(_paper, ZipArchiveMode.Update))
        {
            zip.GetEntry("customXml/item.xml")!.Delete();
        }

        var (exit, _, error) = Cli.Run("extract", _paper);
        Assert.Equal(1, exit);
        Assert.Contains("a part it lists is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_unpacks_to_more_than_any_paper_holds_is_refused_as_such()
    {
        using (var zip = ZipFile.Open(_paper, ZipArchiveMode.Update))
        {
            zip.GetEntry("customXml/item.xml")!.Delete();
            using var part = new StreamWriter(zip.CreateEntry("customXml/item.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            part.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?><data>");
            var spaces = new string(' ', 1024 * 1024);
            for (var i = 0; i < 70; i++)
            {
                part.Write(spaces);
            }

            part.Write("</data>");
        }

        var (exit, _, error) = Cli.Run("extract", _paper, "--out", Path.Combine(_folder.Path, "back.yaml"));
        Assert.Equal(1, exit);
        Assert.Contains("its part /customXml/item.xml: it unpacks to more than 64 million characters", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "back.yaml")));
    }

    [Fact]
    public void The_data_is_never_written_over_the_paper_it_was_read_from()
    {
        var before = File.ReadAllBytes(_paper);
        var (exit, _, error) = Cli.Run("extract", _paper, "--out", Path.Combine(_folder.Path, ".", "norway-russia.docx"));
        Assert.Equal(2, exit);
        Assert.Contains("is the paper itself", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_paper));
    }

    [Fact]
    public void A_named_pipe_in_the_way_is_left_as_it_is()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var pipe = Path.Combine(_folder.Path, "pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        var (exit, _, error) = Cli.Run("extract", _paper, "--out", pipe);
        Assert.Equal(1, exit);
        Assert.Contains("not a file", error, StringComparison.Ordinal);
        Assert.Equal(IO.FileKind.Pipe, IO.FileKinds.Of(pipe));
    }

    private static string ReplaceFirstString(string xml, string value)
    {
        var start = xml.IndexOf("<string", StringComparison.Ordinal);
        var end = xml.IndexOf("</string>", start, StringComparison.Ordinal) + "</string>".Length;
        return xml[..start] + value + xml[end..];
    }

    private void Rewrite(string entryName, Func<string, string> change)
    {
        using var zip = ZipFile.Open(_paper, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        string text;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    }
}
