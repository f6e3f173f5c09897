using BriefingGen.Model;
using BriefingGen.Pdf.Drawing;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Tests.Drawing;

/// <summary>Paths on the canvas: lines, curves and fills reach the page as PDF path operators, in PDF space.</summary>
public class PathTests
{
    [Fact]
    public void A_path_is_written_as_moves_lines_curves_and_one_paint_operator()
    {
        var canvas = new PdfCanvas();
        canvas.BeginPage(200, 100);
        var triangle = new PathData().MoveTo(10, 10).LineTo(60, 10).LineTo(35, 50).Close();
        canvas.DrawPath(triangle, new PathStyle("FF0000", "000000", 0.5), decorative: false);
        canvas.DrawPath(new PathData().Circle(150, 50, 20), new PathStyle(null, "0000FF", 2, [3, 1]));
        canvas.EndPage();

        using var output = new PdfOutput();
        var pdf = Path.Combine(output.Folder, "paths.pdf");
        using (var file = File.Create(pdf))
        {
            PdfDocumentWriter.Write(canvas, new DocumentMetadata { Title = "Paths" }, file);
        }

        Assert.Contains("No syntax or stream encoding errors", PdfTools.Run("qpdf", "--check", pdf).Output, StringComparison.Ordinal);
        var content = PdfTools.Uncompressed(pdf);

        // y is flipped: 10 points below the top of a 100-point page is 90 from the bottom.
        Assert.Contains("10 90 m\n60 90 l\n35 50 l\nh\nB\n", content, StringComparison.Ordinal);
        Assert.Contains("[3 1] 0 d\n170 50 m\n", content, StringComparison.Ordinal);
        Assert.Contains(" c\n", content, StringComparison.Ordinal);
        Assert.Contains("S\n[] 0 d\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circle_stays_within_its_radius()
    {
        var circle = new PathData().Circle(0, 0, 10);
        var points = circle.Segments.Where(s => s.Verb == PathVerb.CurveTo).Select(s => (s.Points[4], s.Points[5])).ToList();
        Assert.Equal(4, points.Count);
        Assert.All(points, p => Assert.Equal(10, Math.Sqrt((p.Item1 * p.Item1) + (p.Item2 * p.Item2)), 6));
    }
}
