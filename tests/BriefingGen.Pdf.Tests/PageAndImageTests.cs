using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Theming;

namespace BriefingGen.Pdf.Tests;

/// <summary>Paper sizes from the theme, and pictures in both formats the model carries.</summary>
public class PageAndImageTests
{
    /// <summary>A 4 × 3 pixel JPEG, slate blue.</summary>
    private const string Jpeg = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAADAAQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDyKiiiv1s/Lz//2Q==";

    private static Document OnePicture(ImageData image) => new(
        new DocumentMetadata { Title = "Picture" },
        new PageFurniture("", "", "", "Page {page} of {pages}"),
        [new Paragraph([new Model.Text("Before the picture.")]), new Figure(image, "A slate-blue block", "The caption"), new Paragraph([new Model.Text("After it.")])]);

    [Theory]
    [InlineData("A4", "595.276 x 841.89 pts (A4)")]
    [InlineData("Letter", "612 x 792 pts (letter)")]
    public void The_page_size_comes_from_the_theme(string size, string expected)
    {
        using var output = new PdfOutput();
        var theme = Theme.Default with { Page = Theme.Default.Page with { Size = size } };
        var pdf = output.Render(ModelSamples.EveryKind(), size, theme);
        Assert.Equal(expected, PdfTools.Info(pdf)["Page size"]);
        Assert.Empty(PdfAudit.Problems(pdf));
    }

    [Fact]
    public void A_JPEG_is_embedded_as_it_is()
    {
        using var output = new PdfOutput();
        var bytes = Convert.FromBase64String(Jpeg);
        var pdf = output.Render(OnePicture(new ImageData(bytes, ImageFormat.Jpeg, 4, 3)), "jpeg");
        var image = Assert.Single(PdfTools.Run("pdfimages", "-list", pdf).Output.Split('\n').Skip(2), l => l.Trim().Length > 0);
        var columns = image.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(("4", "3", "rgb", "jpeg"), (columns[3], columns[4], columns[5], columns[8]));

        PdfTools.Run("pdfimages", "-j", pdf, Path.Combine(output.Folder, "out"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output.Folder, "out-000.jpg")));
        Assert.Empty(PdfAudit.Problems(pdf));
        Assert.Empty(new ReadingOrder(PdfTools.Text(pdf)).MissingInOrder(["Before the picture.", "The caption", "After it."]));
    }
}
