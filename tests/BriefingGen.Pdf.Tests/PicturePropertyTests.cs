using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Whatever damage the loader lets through, the PDF it makes passes qpdf and renders in poppler and
/// MuPDF without a complaint: the checks are as strict as the readers.
/// </summary>
public class PicturePropertyTests
{
    private static readonly Gen<byte[]> Damaged =
        Gen.Select(Gen.Int[0, PictureMutations.Seeds.Length - 1], Gen.Int[0, 4], Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 6])
            .Select(t => PictureMutations.Mutate(PictureMutations.Seeds[t.Item1], t.Item2, t.Item3));

    private static ImageData? Accept(byte[] bytes)
    {
        try
        {
            return ImageLoader.Read(bytes, ImageLimits.Default);
        }
        catch (UnusableImageException)
        {
            return null;
        }
    }

    /// <summary>What qpdf, poppler and MuPDF say of a PDF of <paramref name="images"/>, one figure each; empty when all is well.</summary>
    private static string Complaints(IReadOnlyList<ImageData> images)
    {
        using var output = new PdfOutput();
        var pdf = output.Render(ModelSamples.Of([.. images.Select((image, i) => new Figure(image, $"Picture {i}", null))]), "damaged");
        return string.Join('\n', [.. PdfAudit.Problems(pdf), PictureTools.Render(pdf, dpi: 10).Complaints]).Trim();
    }

    [Fact]
    public void Any_damaged_picture_the_loader_accepts_makes_a_PDF_that_readers_accept()
    {
        Damaged.Array[40].Sample(batch =>
        {
            var accepted = batch.Select(Accept).OfType<ImageData>().ToList();
            Assert.Equal("", accepted.Count == 0 ? "" : Complaints(accepted));
        }, iter: 40, threads: 1);
    }

    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("photo-progressive.jpg")]
    [InlineData("photo-restart-progressive.jpg")]
    [InlineData("cmyk-progressive.jpg")]
    public void Every_changed_byte_of_a_JPEG_that_is_accepted_decodes_without_a_warning(string name)
    {
        var jpeg = TestPictures.Read(name);
        var accepted = new List<ImageData>();
        for (var i = 0; i < jpeg.Length; i++)
        {
            foreach (var flip in new byte[] { 0x01, 0x08, 0x40 })
            {
                var damaged = jpeg.ToArray();
                damaged[i] ^= flip;
                if (Accept(damaged) is { } image)
                {
                    accepted.Add(image);
                }
            }
        }

        Assert.NotEmpty(accepted);
        foreach (var batch in accepted.Chunk(60))
        {
            Assert.Equal("", Complaints(batch));
        }
    }
}
