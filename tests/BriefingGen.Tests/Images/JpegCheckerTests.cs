using BriefingGen.Images;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Images;

/// <summary>JPEG files from real encoders are accepted with what the PDF needs to know about them; what readers cannot show is refused by name.</summary>
public class JpegCheckerTests
{
    public static TheoryData<string, int, int, int> GoodJpegs()
    {
        var data = new TheoryData<string, int, int, int>();
        foreach (var (name, width, height, components) in TestPictures.GoodJpegs)
        {
            data.Add(name, width, height, components);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoodJpegs))]
    public void Baseline_progressive_restart_grey_colour_and_CMYK_files_are_accepted(string name, int width, int height, int components)
    {
        var bytes = TestPictures.Read(name);
        var jpeg = JpegChecker.Check(bytes, ImageLimits.Default);
        Assert.Equal((width, height, components, bytes.Length), (jpeg.Frame.Width, jpeg.Frame.Height, jpeg.Frame.Components.Count, jpeg.Length));
        Assert.Equal(components == 4, jpeg.InvertedCmyk);
        Assert.Equal(name.Contains("progressive", StringComparison.Ordinal), jpeg.Frame.Progressive);
        Assert.False(jpeg.RgbWithoutTransform);
    }

    [Fact]
    public void Adobe_and_component_ids_decide_between_RGB_and_YCbCr_as_libjpeg_does()
    {
        var adobe = JpegChecker.Check(TestPictures.Read("rgb-adobe.jpg"), ImageLimits.Default);
        Assert.Equal((0, false), (adobe.AdobeTransform, adobe.RgbWithoutTransform));

        // Without the Adobe segment, ids 'R', 'G', 'B' still mean RGB to libjpeg; the PDF must say so.
        var bare = JpegChecker.Check(JpegFiles.Without(TestPictures.Read("rgb-adobe.jpg"), 0xEE), ImageLimits.Default);
        Assert.True(bare.RgbWithoutTransform);

        var cmyk = JpegChecker.Check(TestPictures.Read("cmyk.jpg"), ImageLimits.Default);
        Assert.Equal((2, true), (cmyk.AdobeTransform, cmyk.InvertedCmyk));
    }

    [Fact]
    public void Bytes_after_the_end_of_image_are_not_part_of_the_picture()
    {
        var photo = TestPictures.Read("photo.jpg");
        var jpeg = JpegChecker.Check([.. photo, .. "appended data \xFF\xD9"u8], ImageLimits.Default);
        Assert.Equal(photo.Length, jpeg.Length);
    }

    [Fact]
    public void Codings_and_precisions_PDF_readers_cannot_show_are_refused_by_name()
    {
        Assert.Equal("image 'x.jpg' cannot be used: it uses arithmetic coding, which few readers support; save it as a baseline JPEG", Refusal.Of(TestPictures.Read("arithmetic.jpg"), "x.jpg"));
        var rgb = TestPictures.Read("rgb-420.jpg");
        Assert.Equal("image 'x.jpg' cannot be used: it is a lossless JPEG, which PDF and Word cannot show; save it as a baseline JPEG", Refusal.Of(JpegFiles.Patch(rgb, 0xC0, 1, 0xC3), "x.jpg"));
        Assert.Equal("image 'x.jpg' cannot be used: it is a hierarchical JPEG, which PDF and Word cannot show; save it as a baseline JPEG", Refusal.Of(JpegFiles.Patch(rgb, 0xC0, 1, 0xC5), "x.jpg"));
        Assert.Equal("image 'x.jpg' cannot be used: it has 12-bit samples; PDF readers show only 8-bit JPEGs", Refusal.Of(JpegFiles.Patch(rgb, 0xC0, 4, 12), "x.jpg"));
        Assert.Equal("image 'x.jpg' cannot be used: it gives its height after the image data (DNL marker); save it again", Refusal.Of(JpegFiles.Patch(JpegFiles.Patch(rgb, 0xC0, 5, 0), 0xC0, 6, 0), "x.jpg"));
    }

    [Fact]
    public void A_progressive_file_of_more_scans_than_readers_should_have_to_walk_is_refused()
    {
        Assert.Equal("image 'x.jpg' cannot be used: it has more than 64 scans; save it as a baseline JPEG", Refusal.Of(TestPictures.Read("many-scans.jpg"), "x.jpg"));
    }

    [Fact]
    public void A_frame_beyond_the_limits_is_refused_before_its_data_is_read()
    {
        var rgb = TestPictures.Read("rgb-420.jpg");
        var huge = JpegFiles.Patch(JpegFiles.Patch(rgb, 0xC0, 7, 0xFF), 0xC0, 8, 0xFF); // width 65535
        Assert.Equal("image 'x.jpg' is 65535 × 12 pixels; pictures may be at most 20,000 pixels wide", Refusal.Of(huge, "x.jpg"));
        var area = JpegFiles.Patch(JpegFiles.Patch(JpegFiles.Patch(huge, 0xC0, 7, 0x4E), 0xC0, 8, 0x20), 0xC0, 5, 0x4E); // 20000 × 19980
        Assert.Equal("image 'x.jpg' is 20000 × 19980 pixels; pictures may have at most 40 megapixels", Refusal.Of(area, "x.jpg"));
        Assert.Null(Refusal.Of(rgb, "x.jpg", ImageLimits.Default with { MaxPixels = 192 }));
        Assert.Equal("image 'x.jpg' is 16 × 12 pixels; pictures may have at most 191 pixels", Refusal.Of(rgb, "x.jpg", ImageLimits.Default with { MaxPixels = 191 }));
    }
}
