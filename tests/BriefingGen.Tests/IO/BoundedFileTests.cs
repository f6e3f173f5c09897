using BriefingGen.IO;

namespace BriefingGen.Tests.IO;

/// <summary>Bounded reads give a file's bytes exactly, pinned or not, and refuse what passes the bound.</summary>
public sealed class BoundedFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefgen-bounded-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(70_000, false)]
    [InlineData(70_000, true)]
    [InlineData(200_000, true)]
    public void A_file_is_read_whole_into_an_array_of_its_size(int size, bool pinned)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 31 % 251)).ToArray();
        var path = Path.Combine(_folder, "data.bin");
        File.WriteAllBytes(path, bytes);

        var read = BoundedFile.ReadBytes(path, maxBytes: size, pinned, out var error);

        Assert.Equal("", error);
        Assert.Equal(bytes, read);
    }

    [Fact]
    public void A_file_one_byte_over_the_bound_is_refused()
    {
        var path = Path.Combine(_folder, "big.bin");
        File.WriteAllBytes(path, new byte[1001]);

        Assert.Null(BoundedFile.ReadBytes(path, maxBytes: 1000, out var error));
        Assert.Contains("at most 1,000 bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_states_no_size_is_read_to_its_end_and_refused_one_byte_past_the_bound()
    {
        // Linux's /proc files say they are empty and still hold text: the read grows past the stated size.
        if (!File.Exists("/proc/version"))
        {
            return;
        }

        var status = BoundedFile.ReadText("/proc/self/status", 1024 * 1024, out var statusError);
        Assert.Equal("", statusError);
        Assert.Contains("Name:", status, StringComparison.Ordinal);

        var whole = BoundedFile.ReadBytes("/proc/version", 1024 * 1024, out _)!;
        Assert.NotEmpty(whole);
        Assert.Null(BoundedFile.ReadBytes("/proc/version", maxBytes: whole.Length - 1, out var error));
        Assert.Contains($"more than {whole.Length - 1:N0} bytes", error, StringComparison.Ordinal);
        Assert.Null(BoundedFile.ReadBytes("/proc/version", maxBytes: 10, out _));
        Assert.Equal(whole, BoundedFile.ReadBytes("/proc/version", maxBytes: whole.Length, out _));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xFF }, 1, 4)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC3 }, 1, 2)]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', 0xC3, 0xB8, (byte)'x', 0xFE }, 2, 3)]
    public void Text_that_is_not_UTF8_is_refused_at_the_line_and_column_of_its_first_bad_byte(byte[] bytes, int line, int column)
    {
        var path = Path.Combine(_folder, "data.yaml");
        File.WriteAllBytes(path, bytes);

        var text = BoundedFile.ReadText(path, maxBytes: 100, out var error, out var at);

        Assert.Null(text);
        Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Equal((line, column), at);
    }

    [Theory]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16LE", false)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16BE", false)]
    [InlineData("utf-32LE", true)]
    [InlineData("utf-32LE", false)]
    [InlineData("utf-32BE", true)]
    [InlineData("utf-32BE", false)]
    public void Text_in_UTF16_or_UTF32_is_read_with_or_without_a_byte_order_mark_as_YAML_tells_them_apart(string encodingName, bool mark)
    {
        const string written = "title: Åse ø — Мурманск 😀\nsummary: x\n";
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        var path = Path.Combine(_folder, "data.yaml");
        File.WriteAllBytes(path, [.. mark ? encoding.GetPreamble() : [], .. encoding.GetBytes(written)]);

        Assert.Equal(written, BoundedFile.ReadText(path, maxBytes: 1000, out var error));
        Assert.Equal("", error);
    }

    [Fact]
    public void UTF16_with_half_a_surrogate_pair_is_refused_at_its_line_and_column()
    {
        var path = Path.Combine(_folder, "data.yaml");
        var utf16 = System.Text.Encoding.Unicode;
        File.WriteAllBytes(path, [.. utf16.GetPreamble(), .. utf16.GetBytes("title: T\nsummary: ab"), 0x00, 0xDC, .. utf16.GetBytes("\n")]);

        Assert.Null(BoundedFile.ReadText(path, maxBytes: 1000, out var error, out var at));
        Assert.Contains("not valid UTF-16 (little-endian) text", error, StringComparison.Ordinal);
        Assert.Equal((2, 12), at);
    }

    [Fact]
    public void A_data_file_that_is_not_UTF8_is_an_error_at_its_line_and_column()
    {
        var path = Path.Combine(_folder, "data.yaml");
        File.WriteAllBytes(path, [.. "title: T\nsummary: bad "u8, 0xFF, .. "\n"u8]);

        var result = BriefingGen.Data.DataLoader.Load(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 14), (error.Location.Line, error.Location.Column));
        Assert.Contains("byte 0xFF", error.Message, StringComparison.Ordinal);
    }
}
