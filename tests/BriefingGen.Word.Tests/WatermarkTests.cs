using V = DocumentFormat.OpenXml.Vml;

namespace BriefingGen.Word.Tests;

/// <summary>
/// The status watermark is Word's own kind: a WordArt shape in every section's header named as
/// Design → Watermark names it, so Word offers to change or remove it.
/// </summary>
public class WatermarkTests
{
    [Fact]
    public void Every_sections_header_carries_the_watermark_as_Word_makes_it()
    {
        var bytes = Render("For discussion");

        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var headers = document.MainDocumentPart!.HeaderParts.ToList();
        Assert.Equal(2, headers.Count);
        foreach (var header in headers)
        {
            var shape = Assert.Single(header.Header!.Descendants<V.Shape>());
            Assert.StartsWith("PowerPlusWaterMarkObject", shape.Id!.Value!, StringComparison.Ordinal);
            Assert.Equal("FOR DISCUSSION", shape.GetFirstChild<V.TextPath>()!.String!.Value);
            Assert.Contains("z-index:-", shape.Style!.Value!, StringComparison.Ordinal);
            Assert.Equal("#DDE2E8", shape.FillColor!.Value);
        }

        // The landscape annex turns its watermark to its own diagonal.
        var rotations = headers.Select(h => Rotation(h.Header!.Descendants<V.Shape>().Single())).ToList();
        Assert.NotEqual(rotations[0], rotations[1]);
        Assert.All(rotations, r => Assert.InRange(r, 270, 360));
    }

    [Fact]
    public void A_paper_without_a_watermark_has_no_shape()
    {
        using var document = WordOutput.Open(Render(null));

        Assert.All(document.MainDocumentPart!.HeaderParts, h => Assert.Empty(h.Header!.Descendants<V.Shape>()));
    }

    private static double Rotation(V.Shape shape)
    {
        var style = shape.Style!.Value!;
        var value = style.Split(';').Single(s => s.StartsWith("rotation:", StringComparison.Ordinal))["rotation:".Length..];
        return double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Render(string? watermark)
    {
        var metadata = new Model.DocumentMetadata { Title = "Test", Language = "en-GB", Watermark = watermark };
        Model.Section Section(Model.PageLayout layout, string text) => new([new Model.Paragraph([new Model.Text(text)])], layout, Model.PageFurniture.Empty, Model.PageNumbering.Default, metadata);
        return WordOutput.Render(new Model.Document(metadata, [Section(Model.PageLayout.A4, "main"), Section(Model.PageLayout.A4.Turned(), "annex")]));
    }
}
