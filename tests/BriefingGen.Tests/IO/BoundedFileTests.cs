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
