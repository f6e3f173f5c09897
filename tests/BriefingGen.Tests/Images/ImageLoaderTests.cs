using System.Globalization;
using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Testing;
using BriefingGen.Tests.Templates;

namespace BriefingGen.Tests.Images;

/// <summary>The loader finds pictures, applies the limits and turns every refusal into one sentence naming the file.</summary>
public class ImageLoaderTests
{
    private static string? Load(byte[] bytes, string name, ImageLimits? limits = null)
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);
        var loader = new ImageLoader([folder.Path], limits ?? ImageLimits.Default);
        var image = loader.Load(name, out var error);
        Assert.Equal(image is null, error.Length > 0);
        return image is null ? error : null;
    }

    [Fact]
    public void Good_pictures_load_with_their_size()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "map.png"), PngFiles.Build(30, 20, 2, 16, interlaced: true));
        File.Copy(Path.Combine(TestPictures.Folder, "photo.jpg"), Path.Combine(folder.Path, "photo.jpg"));
        var loader = new ImageLoader([folder.Path]);
        var png = loader.Load("map.png", out var error);
        Assert.Equal((ImageFormat.Png, 30, 20, ""), (png!.Format, png.PixelWidth, png.PixelHeight, error));
        var jpeg = loader.Load("photo.jpg", out error);
        Assert.Equal((ImageFormat.Jpeg, 48, 32, ""), (jpeg!.Format, jpeg.PixelWidth, jpeg.PixelHeight, error));
    }

    [Fact]
    public void Every_refusal_is_one_sentence_that_names_the_picture()
    {
        var png = PngFiles.Build(13, 11, 6, 8);
        Assert.Equal("image 'map.png' is damaged: the data ends before the image does (truncated?)", Load(png[..(png.Length / 2)], "map.png"));
        Assert.Equal("image 'photo.jpg' is damaged: the data ends before the image does (truncated?)", Load(TestPictures.Read("photo.jpg")[..600], "photo.jpg"));
        Assert.Equal("image 'empty.png' is damaged: the file is empty", Load([], "empty.png"));
        Assert.Equal("image 'logo.gif' cannot be used: it is a GIF file; only PNG, JPEG and SVG pictures can be used", Load("GIF89a\x01\0\x01\0"u8.ToArray(), "logo.gif"));
        Assert.Equal("image 'notes.txt' cannot be used: it is not a PNG, JPEG or SVG file", Load("just text"u8.ToArray(), "notes.txt"));
        Assert.Equal("image 'map.png' cannot be used: it is 1,001 bytes; at most 1,000 bytes are allowed", Load([.. png, .. new byte[1001 - png.Length]], "map.png", ImageLimits.Default with { MaxFileBytes = 1000 }));
        Assert.Equal("image 'map.png' is 13 × 11 pixels; pictures may be at most 12 pixels wide", Load(png, "map.png", ImageLimits.Default with { MaxWidth = 12 }));
    }

    [Fact]
    public void A_name_that_is_there_but_is_no_picture_file_says_what_it_is()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        var secret = Path.Combine(outside.Path, "secret.png");
        File.WriteAllBytes(secret, PngFiles.Build(3, 3, 2, 8));
        Directory.CreateDirectory(Path.Combine(folder.Path, "maps.png"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.png"), secret);
        var loader = new ImageLoader([folder.Path]);
        Assert.Null(loader.Load("maps.png", out var error));
        Assert.Equal("image 'maps.png' is a folder, not a picture", error);
        Assert.Null(loader.Load("link.png", out error));
        Assert.StartsWith("image 'link.png' is a symbolic link that leads outside the template pack", error, StringComparison.Ordinal);
        Assert.Null(loader.Load("gone.png", out error));
        Assert.Equal("image 'gone.png' was not found in the template pack or beside the data file", error);
    }

    [Fact]
    public void A_picture_named_twice_is_read_once_and_the_papers_pictures_stay_within_their_total()
    {
        using var folder = new TempFolder();
        var png = PngFiles.Build(30, 20, 2, 8);
        File.WriteAllBytes(Path.Combine(folder.Path, "a.png"), png);
        File.WriteAllBytes(Path.Combine(folder.Path, "b.png"), png);
        var loader = new ImageLoader([folder.Path], ImageLimits.Default with { MaxTotalBytes = png.Length + 10 });
        var first = loader.Load("a.png", out _);
        Assert.Same(first, loader.Load("./a.png", out _));
        Assert.Null(loader.Load("b.png", out var error));
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Equal($"image 'b.png' cannot be used: with it the paper's pictures would come to {N(2 * png.Length)} bytes; they may come to at most {N(png.Length + 10)}", error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        var big = new byte[(20 * 1024 * 1024) + 1];
        big[0] = 0x89;
        Assert.Equal("image 'huge.png' cannot be used: it is 20,971,521 bytes; at most 20,971,520 bytes are allowed", Load(big, "huge.png"));
    }

    [Fact]
    public void A_damaged_picture_named_in_the_data_is_reported_at_the_data_value()
    {
        using var pack = new TestPack("# Map\n\n![{{ data.alt }}]({{ data.map }})\n");
        var result = pack.Render("alt: The border\nmap: map.png\n");
        var missing = Assert.Single(result.Diagnostics);
        Assert.EndsWith("brief.yaml:2:6: map: image 'map.png' was not found in the template pack or beside the data file", missing.ToString(), StringComparison.Ordinal);

        var png = PngFiles.Build(13, 11, 6, 8);
        File.WriteAllBytes(Path.Combine(pack.Directory, "..", "data", "map.png"), png[..^20]);
        var damaged = Assert.Single(pack.Render("alt: The border\nmap: map.png\n").Diagnostics);
        Assert.EndsWith("brief.yaml:2:6: map: image 'map.png' is damaged: the data ends before the image does (truncated?)", damaged.ToString(), StringComparison.Ordinal);

        File.WriteAllBytes(Path.Combine(pack.Directory, "..", "data", "map.png"), png);
        var good = pack.Render("alt: The border\nmap: map.png\n");
        Assert.True(good.Succeeded, string.Join("\n", good.Diagnostics));
    }
}
