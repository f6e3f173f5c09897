using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>A picture's size and place from its attributes: <c>{height=14mm align=left}</c>.</summary>
public class FigureAttributeTests
{
    private static (Figure? Figure, DiagnosticBag Diagnostics) Read(string attributes)
    {
        var folder = Directory.CreateTempSubdirectory("briefgen-figure-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "logo.png"), PngFiles.Build(40, 10, colorType: 2, depth: 8));
            var diagnostics = new DiagnosticBag();
            var blocks = PaperReader.Read($"![Nordkyst Advisory](logo.png){attributes}\n", new SlotTable(), new ImageLoader([folder]), "test.sbn", diagnostics);
            return (blocks.OfType<Figure>().SingleOrDefault(), diagnostics);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("{height=14mm}", 14 * 72 / 25.4)]
    [InlineData("{height=1.5cm}", 15 * 72 / 25.4)]
    [InlineData("{height=0.5in}", 36)]
    [InlineData("{height=40pt}", 40)]
    public void A_height_prints_the_picture_that_tall(string attributes, double points)
    {
        var (figure, diagnostics) = Read(attributes);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(points, figure!.Height!.Value, 3);
        Assert.Equal(FigureAlignment.Center, figure.Alignment);
    }

    [Theory]
    [InlineData("{align=left}", FigureAlignment.Left)]
    [InlineData("{align=right}", FigureAlignment.Right)]
    [InlineData("", FigureAlignment.Center)]
    public void An_alignment_places_the_picture(string attributes, FigureAlignment expected)
    {
        var (figure, _) = Read(attributes);
        Assert.Equal(expected, figure!.Alignment);
        Assert.Null(figure.Height);
    }

    [Theory]
    [InlineData("{height=14}", "height must be a length")]
    [InlineData("{height=900mm}", "height must be a length")]
    [InlineData("{align=middle}", "align must be left, center or right")]
    [InlineData("{width=40mm}", "no attribute 'width'")]
    [InlineData("{height=5mm height=6mm}", "'height' is given twice")]
    [InlineData("{align=left align=right}", "'align' is given twice")]
    public void A_wrong_attribute_is_an_error_not_ignored(string attributes, string expected)
    {
        var (_, diagnostics) = Read(attributes);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
