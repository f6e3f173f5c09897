using System.Text;
using BriefingGen.Images;
using BriefingGen.Images.Svg;

namespace BriefingGen.Tests.Images.Svg;

/// <summary>The rasterizer behind Word's PNG fallback: solid insides, anti-aliased edges, both fill rules, strokes, and a PNG our own decoder reads back.</summary>
public class SvgRasterizerTests
{
    private static VectorDrawing Drawing(string body, int size = 10) =>
        SvgReader.Read(Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\">{body}</svg>"), ImageLimits.Default);

    private static (byte R, byte G, byte B, byte A) Pixel(byte[] rgba, int width, int x, int y)
    {
        var at = ((y * width) + x) * 4;
        return (rgba[at], rgba[at + 1], rgba[at + 2], rgba[at + 3]);
    }

    [Fact]
    public void A_red_square_covers_exactly_its_pixels()
    {
        var rgba = SvgRasterizer.Render(Drawing("<rect x=\"2\" y=\"3\" width=\"4\" height=\"5\" fill=\"red\"/>"), 10, 10);
        for (var y = 0; y < 10; y++)
        {
            for (var x = 0; x < 10; x++)
            {
                var inside = x is >= 2 and < 6 && y is >= 3 and < 8;
                Assert.Equal(inside ? ((byte)255, (byte)0, (byte)0, (byte)255) : ((byte)0, (byte)0, (byte)0, (byte)0), Pixel(rgba, 10, x, y));
            }
        }
    }

    [Fact]
    public void Edges_that_cut_pixels_are_partly_covered()
    {
        // Half a pixel across at x = 2.5, a quarter down at y = 1.75.
        var rgba = SvgRasterizer.Render(Drawing("<rect x=\"2.5\" y=\"1.75\" width=\"5\" height=\"5\" fill=\"blue\"/>"), 10, 10);
        Assert.InRange(Pixel(rgba, 10, 2, 4).A, 125, 130); // half covered across
        Assert.InRange(Pixel(rgba, 10, 4, 1).A, 60, 68); // a quarter covered down
        Assert.InRange(Pixel(rgba, 10, 2, 1).A, 28, 36); // an eighth in the corner
        Assert.Equal((0, 0, 255, 255), Pixel(rgba, 10, 4, 4)); // the colour stays pure where partly covered only its alpha drops
        Assert.Equal((byte)255, Pixel(rgba, 10, 2, 4).B);
        // A diagonal edge: pixels along it are between empty and full.
        var triangle = SvgRasterizer.Render(Drawing("<path d=\"M0 0 L10 10 L0 10 Z\"/>"), 10, 10);
        Assert.InRange(Pixel(triangle, 10, 5, 5).A, 110, 145);
        Assert.Equal(255, Pixel(triangle, 10, 2, 7).A);
        Assert.Equal(0, Pixel(triangle, 10, 7, 2).A);
    }

    [Fact]
    public void Even_odd_leaves_a_hole_where_nonzero_fills_it()
    {
        const string rings = "M0 0 H20 V20 H0 Z M5 5 H15 V15 H5 Z";
        var evenOdd = SvgRasterizer.Render(Drawing($"<path fill-rule=\"evenodd\" d=\"{rings}\"/>", 20), 20, 20);
        Assert.Equal(0, Pixel(evenOdd, 20, 10, 10).A);
        Assert.Equal(255, Pixel(evenOdd, 20, 2, 10).A);
        var nonzero = SvgRasterizer.Render(Drawing($"<path d=\"{rings}\"/>", 20), 20, 20);
        Assert.Equal(255, Pixel(nonzero, 20, 10, 10).A);
        // Nonzero leaves a hole too when the inner square runs the other way round.
        var reversed = SvgRasterizer.Render(Drawing("<path d=\"M0 0 H20 V20 H0 Z M5 5 V15 H15 V5 Z\"/>", 20), 20, 20);
        Assert.Equal(0, Pixel(reversed, 20, 10, 10).A);
    }

    [Fact]
    public void Strokes_have_their_width_caps_and_joins_and_overlaps_do_not_cancel()
    {
        // A 4-wide stroke along y = 10 from x = 5 to 15: rows 8 and 9 and 10 and 11 are covered.
        var butt = SvgRasterizer.Render(Drawing("<line x1=\"5\" y1=\"10\" x2=\"15\" y2=\"10\" stroke=\"black\" stroke-width=\"4\"/>", 20), 20, 20);
        Assert.Equal(255, Pixel(butt, 20, 10, 8).A);
        Assert.Equal(255, Pixel(butt, 20, 10, 11).A);
        Assert.Equal(0, Pixel(butt, 20, 10, 12).A);
        Assert.Equal(0, Pixel(butt, 20, 4, 10).A); // a butt end stops at the point
        var square = SvgRasterizer.Render(Drawing("<line x1=\"5\" y1=\"10\" x2=\"15\" y2=\"10\" stroke=\"black\" stroke-width=\"4\" stroke-linecap=\"square\"/>", 20), 20, 20);
        Assert.Equal(255, Pixel(square, 20, 3, 10).A); // a square end reaches half a width beyond
        // A closed square outline with miter joins: corners are full, the middle empty.
        var outline = SvgRasterizer.Render(Drawing("<rect x=\"4\" y=\"4\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"black\" stroke-width=\"2\"/>", 20), 20, 20);
        Assert.Equal(255, Pixel(outline, 20, 3, 3).A);
        Assert.Equal(0, Pixel(outline, 20, 10, 10).A);
        // A path crossing itself: the crossing is covered once, not cancelled.
        var cross = SvgRasterizer.Render(Drawing("<path d=\"M2 10 H18 M10 2 V18\" stroke=\"black\" stroke-width=\"2\"/>", 20), 20, 20);
        Assert.Equal(255, Pixel(cross, 20, 10, 10).A);
    }

    [Fact]
    public void Translucent_shapes_blend_over_what_is_below()
    {
        var rgba = SvgRasterizer.Render(Drawing("<rect width=\"10\" height=\"10\" fill=\"white\"/><rect width=\"10\" height=\"10\" fill=\"blue\" opacity=\"0.5\"/>"), 10, 10);
        Assert.Equal((128, 128, 255, 255), Pixel(rgba, 10, 5, 5));
    }

    [Fact]
    public void The_png_writer_writes_a_file_our_decoder_reads_back_pixel_for_pixel()
    {
        var rgba = SvgRasterizer.Render(Drawing("<circle cx=\"7\" cy=\"6\" r=\"5\" fill=\"#804020\" fill-opacity=\"0.75\"/>", 13), 13, 13);
        var png = PngWriter.Write(rgba, 13, 13);
        Assert.Equal((13, 13), (PngDecoder.Check(png, ImageLimits.Default).Width, PngDecoder.Check(png, ImageLimits.Default).Height));
        var rows = DecodedRows.Of(png);
        for (var y = 0; y < 13; y++)
        {
            for (var x = 0; x < 13; x++)
            {
                var (r, g, b, a) = Pixel(rgba, 13, x, y);
                Assert.Equal((r, g, b, a), (rows.Color[y][x * 3], rows.Color[y][(x * 3) + 1], rows.Color[y][(x * 3) + 2], rows.Alpha[y][x]));
            }
        }

        Assert.Equal(png, PngWriter.Write(rgba, 13, 13));
    }

    [Fact]
    public void Huge_coordinates_and_many_curves_stay_cheap()
    {
        // Curves far outside the picture become their chords; the inside is still filled right.
        var far = new StringBuilder("M0 0 H10 V10 H0 Z");
        for (var i = 0; i < 2000; i++)
        {
            far.Append(" M-900000000 -900000000 C900000000 -900000000 900000000 900000000 -900000000 900000000 Z");
        }

        var rgba = SvgRasterizer.Render(Drawing($"<path fill-rule=\"evenodd\" d=\"{far}\"/>"), 10, 10);
        Assert.Equal(10 * 10 * 4, rgba.Length);
    }
}
