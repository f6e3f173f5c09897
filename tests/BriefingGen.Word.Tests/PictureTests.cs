using BriefingGen.Model;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Every kind of picture the loader accepts goes into a .docx as it is, in a file the validator passes.</summary>
public class PictureTests
{
    private static IEnumerable<(byte[] Bytes, ImageData Image)> EveryPicture()
    {
        foreach (var (type, depths) in PngFiles.Kinds)
        {
            foreach (var depth in depths)
            {
                var png = PngFiles.Build(13, 11, type, depth, interlaced: depth % 2 == 0);
                yield return (png, new ImageData(png, ImageFormat.Png, 13, 11));
            }
        }

        foreach (var (name, width, height, _) in TestPictures.GoodJpegs)
        {
            var jpeg = TestPictures.Read(name);
            yield return (jpeg, new ImageData(jpeg, ImageFormat.Jpeg, width, height));
        }
    }

    [Fact]
    public void Every_kind_of_picture_is_embedded_as_it_is_and_validates()
    {
        var pictures = EveryPicture().ToList();
        var docx = WordOutput.Render(ModelSamples.Of([.. pictures.Select((p, i) => new Figure(p.Image, $"Picture {i}", [new Text($"Figure {i}")]))]));
        var errors = WordOutput.ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        using var document = WordOutput.Open(docx);
        var main = document.MainDocumentPart!;
        var parts = main.ImageParts.ToList();
        Assert.Equal(pictures.Count, parts.Count);
        foreach (var (picture, i) in pictures.Select((p, i) => (p, i)))
        {
            var part = (ImagePart)main.GetPartById("rIdImage" + (i + 1));
            Assert.Equal(picture.Image.Format == ImageFormat.Png ? "image/png" : "image/jpeg", part.ContentType);
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(picture.Bytes, copy.ToArray());
        }
    }

    [Fact]
    public void A_picture_of_extreme_proportions_stays_on_the_page_with_a_size_above_zero()
    {
        var wide = PngFiles.Build(20_000, 1, 0, 1);
        var tall = PngFiles.Build(1, 20_000, 0, 1);
        var docx = WordOutput.Render(ModelSamples.Of(
            new Figure(new ImageData(wide, ImageFormat.Png, 20_000, 1), "A line", null),
            new Figure(new ImageData(tall, ImageFormat.Png, 1, 20_000), "A post", null)));
        Assert.Empty(WordOutput.ValidationErrors(docx));

        using var document = WordOutput.Open(docx);
        var extents = document.MainDocumentPart!.Document!.Descendants<Dw.Extent>().Select(e => (Cx: e.Cx!.Value, Cy: e.Cy!.Value)).ToList();
        var a4 = PageLayout.A4;
        var (width, height) = (a4.ContentWidthMm * 36_000, a4.ContentHeightMm * 36_000);
        Assert.All(extents, e => Assert.True(e.Cx > 0 && e.Cy > 0 && e.Cx <= width + 1 && e.Cy <= height, $"{e.Cx} × {e.Cy} EMU"));
    }
}
