using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Rendering;
using BriefingGen.Testing;
using BriefingGen.Tests.Images;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Every kind of picture the loader accepts becomes an image XObject that qpdf, poppler and MuPDF
/// read without a complaint, at its size, in its colour space, with a soft mask for alpha, and with
/// the same samples it decodes to.
/// </summary>
public class PictureEmbeddingTests
{
    private static Document Figures(IEnumerable<ImageData> images) =>
        ModelSamples.Of([.. images.Select((image, i) => new Figure(image, $"Picture {i + 1}", [new Model.Text($"Figure {i + 1}")]))]);

    private static ImageData Load(byte[] bytes) => ImageLoader.Read(bytes, ImageLimits.Default);

    /// <summary>Every colour type and bit depth, plain and interlaced, and the kinds of transparency.</summary>
    private static List<byte[]> EveryPng()
    {
        var list = new List<byte[]>();
        foreach (var (type, depths) in PngFiles.Kinds)
        {
            foreach (var depth in depths)
            {
                list.Add(PngFiles.Build(13, 11, type, depth));
                list.Add(PngFiles.Build(13, 11, type, depth, interlaced: true));
            }
        }

        list.Add(PngFiles.Build(13, 11, 0, 16, transparency: [0x10, 0x00]));
        list.Add(PngFiles.Build(13, 11, 2, 8, interlaced: true, transparency: [0, 10, 0, 15, 0, 20]));
        list.Add(PngFiles.Build(13, 11, 3, 4, transparency: [0, 64, 128]));
        return list;
    }

    [Fact]
    public void Every_kind_of_PNG_keeps_its_size_colour_alpha_and_samples()
    {
        using var output = new PdfOutput();
        var pngs = EveryPng();
        var pdf = output.Render(Figures(pngs.Select(Load)), "png");
        Assert.Empty(PdfAudit.Problems(pdf));
        Assert.Equal("", PictureTools.Render(pdf).Complaints);

        var rows = PictureTools.List(pdf);
        PdfTools.Run("pdfimages", "-png", pdf, Path.Combine(output.Folder, "x"));
        var extracted = 0;
        foreach (var png in pngs)
        {
            var expected = DecodedRows.Of(png);
            var image = rows[extracted];
            Assert.Equal(("image", "13", "11", expected.Channels == 1 ? "gray" : "rgb", "8"), (image[2], image[3], image[4], image[5], image[7]));
            var color = DecodedRows.Of(File.ReadAllBytes(Path.Combine(output.Folder, $"x-{extracted++:000}.png")));
            Assert.Equal(expected.Color, color.Color);
            if (expected.HasAlpha)
            {
                Assert.Equal(("smask", "13", "11", "gray"), (rows[extracted][2], rows[extracted][3], rows[extracted][4], rows[extracted][5]));
                var alpha = DecodedRows.Of(File.ReadAllBytes(Path.Combine(output.Folder, $"x-{extracted++:000}.png")));
                Assert.Equal(expected.Alpha, alpha.Color);
            }
        }

        Assert.Equal(rows.Count, extracted);
    }

    [Fact]
    public void Every_good_JPEG_goes_in_as_it_is_in_its_colour_space()
    {
        using var output = new PdfOutput();
        var pdf = output.Render(Figures(TestPictures.GoodJpegs.Select(j => Load(TestPictures.Read(j.Name)))), "jpeg");
        Assert.Empty(PdfAudit.Problems(pdf));
        Assert.Equal("", PictureTools.Render(pdf).Complaints);

        var rows = PictureTools.List(pdf);
        PdfTools.Run("pdfimages", "-j", pdf, Path.Combine(output.Folder, "x"));
        for (var i = 0; i < TestPictures.GoodJpegs.Length; i++)
        {
            var (name, width, height, components) = TestPictures.GoodJpegs[i];
            var color = components switch { 1 => "gray", 3 => "rgb", _ => "cmyk" };
            Assert.Equal(("image", $"{width}", $"{height}", color, "jpeg"), (rows[i][2], rows[i][3], rows[i][4], rows[i][5], rows[i][8]));
            Assert.Equal(TestPictures.Read(name), File.ReadAllBytes(Path.Combine(output.Folder, $"x-{i:000}.jpg")));
        }
    }

    [Fact]
    public void Adobe_CMYK_comes_out_in_its_own_colours()
    {
        // cmyk.jpg is pure cyan stored inverted, as Adobe's software writes it: without /Decode it would print near black.
        using var output = new PdfOutput();
        var pdf = output.Render(ModelSamples.Of(new Figure(Load(TestPictures.Read("cmyk.jpg")), "Cyan", null)), "cmyk");
        Assert.Matches(@"/Decode\s*\[\s*1\s+0\s+1\s+0\s+1\s+0\s+1\s+0\s*\]", PdfTools.Uncompressed(pdf));
        var (complaints, poppler, mupdf) = PictureTools.Render(pdf, dpi: 100);
        Assert.Equal("", complaints);
        foreach (var file in new[] { poppler[0], mupdf[0] })
        {
            var page = DecodedRows.Of(File.ReadAllBytes(file));
            var inked = 0;
            foreach (var row in page.Color)
            {
                for (var x = 0; x < row.Length; x += 3)
                {
                    if (row[x] < 200 || row[x + 1] < 200 || row[x + 2] < 200)
                    {
                        inked++;
                        Assert.True(row[x] < 80 && row[x + 1] > 120 && row[x + 2] > 180, $"{Path.GetFileName(file)}: not cyan: {row[x]}, {row[x + 1]}, {row[x + 2]}");
                    }
                }
            }

            Assert.True(inked > 50, $"{Path.GetFileName(file)}: only {inked} pixels inked");
        }
    }

    [Fact]
    public void RGB_samples_without_an_Adobe_segment_are_not_taken_for_YCbCr()
    {
        // Component ids 'R', 'G', 'B' and no Adobe segment mean RGB to libjpeg; the PDF says /ColorTransform 0 to agree.
        var adobe = TestPictures.Read("rgb-adobe.jpg");
        var (app14, length) = (4, 2 + ((adobe[4] << 8) | adobe[5]));
        Assert.Equal(0xEE, adobe[3]);
        byte[] bare = [.. adobe[..2], .. adobe[(app14 - 2 + length)..]];

        using var output = new PdfOutput();
        var withMarker = PictureTools.Render(output.Render(ModelSamples.Of(new Figure(Load(adobe), "Gradient", null)), "adobe"), dpi: 100);
        var withoutMarker = PictureTools.Render(output.Render(ModelSamples.Of(new Figure(Load(bare), "Gradient", null)), "bare"), dpi: 100);
        Assert.Equal(("", ""), (withMarker.Complaints, withoutMarker.Complaints));
        Assert.Equal(File.ReadAllBytes(withMarker.Pages[0]), File.ReadAllBytes(withoutMarker.Pages[0]));
        Assert.Equal(File.ReadAllBytes(withMarker.MupdfPages[0]), File.ReadAllBytes(withoutMarker.MupdfPages[0]));
    }

    [Fact]
    public void Bytes_after_a_JPEG_end_are_left_out_of_the_PDF()
    {
        var photo = TestPictures.Read("photo.jpg");
        using var output = new PdfOutput();
        var pdf = output.Render(ModelSamples.Of(new Figure(Load([.. photo, .. new byte[5000]]), "Photo", null)), "trailing");
        PdfTools.Run("pdfimages", "-j", pdf, Path.Combine(output.Folder, "x"));
        Assert.Equal(photo, File.ReadAllBytes(Path.Combine(output.Folder, "x-000.jpg")));
    }

    [Fact]
    public void A_damaged_picture_built_without_the_loader_is_a_render_error_not_a_crash()
    {
        var png = PngFiles.Build(13, 11, 6, 8);
        using var output = new PdfOutput();
        var e = Assert.Throws<RenderException>(() => output.Render(ModelSamples.Of(new Figure(new ImageData(png[..^30], ImageFormat.Png, 13, 11), "Damaged", null))));
        Assert.Equal("a PNG picture of 13 × 11 pixels is damaged: the data ends before the image does (truncated?)", e.Message);
        var jpeg = TestPictures.Read("photo.jpg");
        e = Assert.Throws<RenderException>(() => output.Render(ModelSamples.Of(new Figure(new ImageData(jpeg[..100], ImageFormat.Jpeg, 48, 32), "Damaged", null))));
        Assert.StartsWith("a JPEG picture of 48 × 32 pixels is damaged: ", e.Message, StringComparison.Ordinal);
    }
}
