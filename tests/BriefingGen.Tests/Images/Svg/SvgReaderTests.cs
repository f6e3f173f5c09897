using System.Text;
using BriefingGen.Images;
using BriefingGen.Images.Svg;
using BriefingGen.Model;

namespace BriefingGen.Tests.Images.Svg;

/// <summary>The SVG reader: each element and attribute of the subset, transforms, arcs, and every refusal naming its element and line:column.</summary>
public class SvgReaderTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">";

    private static VectorDrawing Read(string svg, ImageLimits? limits = null) => SvgReader.Read(Encoding.UTF8.GetBytes(svg), limits ?? ImageLimits.Default);

    private static VectorDrawing Body(string body) => Read(Open + body + "</svg>");

    private static string Refused(string svg, ImageLimits? limits = null) =>
        Assert.Throws<UnusableImageException>(() => Read(svg, limits)).Describe("image 'logo.svg'");

    private static (double X, double Y) End(VectorShape shape, int segment)
    {
        var s = shape.Path.Segments[segment];
        return shape.Transform.Apply(s.X, s.Y);
    }

    [Theory]
    [InlineData("width=\"100\" height=\"50\"", 100, 50)]
    [InlineData("width=\"100px\" height=\"50px\"", 100, 50)]
    [InlineData("width=\"25.4mm\" height=\"2.54cm\"", 96, 96)]
    [InlineData("width=\"1in\" height=\"72pt\"", 96, 96)]
    [InlineData("viewBox=\"0 0 40 20\"", 40, 20)]
    [InlineData("width=\"100%\" height=\"100%\" viewBox=\"0 0 40 20\"", 40, 20)]
    public void The_size_comes_from_width_and_height_in_any_absolute_unit_or_else_the_view_box(string attributes, double width, double height)
    {
        var drawing = Read($"<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}/>");
        Assert.Equal(width, drawing.Width, 6);
        Assert.Equal(height, drawing.Height, 6);
    }

    [Fact]
    public void The_view_box_is_fitted_in_the_middle_by_default_and_stretched_with_none()
    {
        // A 10 × 10 box in a 100 × 50 picture: scale 5, centred across (25 px in from the left).
        var meet = Read("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
        Assert.Equal((25.0, 0.0), End(meet.Shapes[0], 0));
        Assert.Equal((75.0, 50.0), End(meet.Shapes[0], 2));
        var none = Read("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"10 0 10 10\" preserveAspectRatio=\"none\"><rect x=\"10\" width=\"10\" height=\"10\"/></svg>");
        Assert.Equal((0.0, 0.0), End(none.Shapes[0], 0));
        Assert.Equal((100.0, 50.0), End(none.Shapes[0], 2));
        var minMin = Read("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 10 10\" preserveAspectRatio=\"xMaxYMin meet\"><rect width=\"10\" height=\"10\"/></svg>");
        Assert.Equal((50.0, 0.0), End(minMin.Shapes[0], 0));
    }

    [Fact]
    public void Every_basic_shape_becomes_a_path()
    {
        var drawing = Body("""
            <rect x="1" y="2" width="10" height="5"/>
            <rect width="10" height="10" rx="2"/>
            <circle cx="5" cy="5" r="3"/>
            <ellipse cx="5" cy="5" rx="3" ry="2"/>
            <line x1="0" y1="0" x2="10" y2="10" stroke="black"/>
            <polyline points="0,0 10,0 10,10" fill="none" stroke="red"/>
            <polygon points="0 0 10 0 5 8"/>
            <path d="M0 0 L10 0 Z"/>
            <rect width="0" height="10"/>
            """);
        Assert.Equal(8, drawing.Shapes.Count);
        Assert.Equal([VectorVerb.MoveTo, VectorVerb.LineTo, VectorVerb.LineTo, VectorVerb.LineTo, VectorVerb.Close], drawing.Shapes[0].Path.Segments.Select(s => s.Verb));
        Assert.Equal((11.0, 7.0), End(drawing.Shapes[0], 2));
        Assert.Equal(4, drawing.Shapes[1].Path.Segments.Count(s => s.Verb == VectorVerb.CubicTo));
        Assert.Equal((8.0, 5.0), End(drawing.Shapes[2], 0));
        Assert.Equal(4, drawing.Shapes[3].Path.Segments.Count(s => s.Verb == VectorVerb.CubicTo));
        Assert.Null(drawing.Shapes[4].Fill); // a line has no inside
        Assert.Equal(new VectorPaint(255, 0, 0, 1), drawing.Shapes[5].Stroke!.Paint);
        Assert.Equal(VectorVerb.Close, drawing.Shapes[6].Path.Segments[^1].Verb);
    }

    [Fact]
    public void Path_data_reads_every_command_absolute_and_relative()
    {
        var path = Body("<path d=\"M10 10 h5 v5 H0 V0 l1 1 L2-2 c1 1 2 2 3 3 s1 1 2 2 C0 0 0 0 1 1 S0 0 5 5 q1 1 2 2 t1 1 Q0 0 3 3 T6 6 z m1 1 1 1\"/>").Shapes[0].Path.Segments;
        var ends = path.Select(s => (s.Verb, s.X, s.Y)).ToList();
        Assert.Equal((VectorVerb.LineTo, 15.0, 10.0), ends[1]);
        Assert.Equal((VectorVerb.LineTo, 15.0, 15.0), ends[2]);
        Assert.Equal((VectorVerb.LineTo, 0.0, 15.0), ends[3]);
        Assert.Equal((VectorVerb.LineTo, 0.0, 0.0), ends[4]);
        Assert.Equal((VectorVerb.LineTo, 1.0, 1.0), ends[5]);
        Assert.Equal((VectorVerb.LineTo, 2.0, -2.0), ends[6]);
        Assert.Equal((VectorVerb.CubicTo, 5.0, 1.0), ends[7]);
        // s reflects the last control point (4, 0) about (5, 1): (6, 2).
        Assert.Equal((6.0, 2.0), (path[8].X1, path[8].Y1));
        Assert.Equal((VectorVerb.CubicTo, 7.0, 3.0), ends[8]);
        // q from (5, 5) with control (6, 6) to (7, 7): cubic controls two thirds of the way.
        Assert.Equal(5 + (2.0 / 3), path[11].X1, 9);
        Assert.Equal((VectorVerb.CubicTo, 8.0, 8.0), ends[12]); // t continues in a straight line
        Assert.Equal(VectorVerb.Close, path[15].Verb);
        // After z the pen is back at the subpath's start (10, 10); m is relative to it; its second pair is a line.
        Assert.Equal((VectorVerb.MoveTo, 11.0, 11.0), ends[16]);
        Assert.Equal((VectorVerb.LineTo, 12.0, 12.0), ends[17]);
    }

    [Fact]
    public void Numbers_may_run_together_as_svg_allows()
    {
        var path = Body("<path d=\"M.5.5L-1-2.5e1,3E0 4\"/>").Shapes[0].Path.Segments;
        Assert.Equal((0.5, 0.5), (path[0].X, path[0].Y));
        Assert.Equal((-1.0, -25.0), (path[1].X, path[1].Y));
        Assert.Equal((3.0, 4.0), (path[2].X, path[2].Y)); // a repeated L needs no letter
    }

    [Fact]
    public void An_arc_becomes_cubic_curves_on_the_ellipse()
    {
        // A half circle of radius 10 from (0, 10) to (20, 10), sweeping through (10, 0) or (10, 20).
        var path = Body("<path d=\"M0 10 A10 10 0 0 1 20 10\"/>").Shapes[0].Path.Segments;
        Assert.Equal(2, path.Count(s => s.Verb == VectorVerb.CubicTo));
        Assert.Equal((20.0, 10.0), (path[^1].X, path[^1].Y));
        Assert.Equal(10.0, path[1].X, 9);
        Assert.Equal(0.0, path[1].Y, 9); // sweep-flag 1 runs clockwise on screen: over the top
        // Every curve's midpoint lies on the circle, within 0.03 %.
        foreach (var s in path.Where(s => s.Verb == VectorVerb.CubicTo))
        {
            var start = path[path.ToList().IndexOf(s) - 1];
            var mx = (start.X + (3 * s.X1) + (3 * s.X2) + s.X) / 8;
            var my = (start.Y + (3 * s.Y1) + (3 * s.Y2) + s.Y) / 8;
            Assert.InRange(Math.Sqrt(((mx - 10) * (mx - 10)) + ((my - 10) * (my - 10))), 9.997, 10.003);
        }

        // Radii too small to reach are scaled up; a relative arc ends relative to the pen.
        var small = Body("<path d=\"M0 0 a1 1 0 0 0 20 0\"/>").Shapes[0].Path.Segments;
        Assert.Equal((20.0, 0.0), (small[^1].X, small[^1].Y));
        Assert.Equal(10.0, small[1].X, 9);
        Assert.Equal(10.0, small[1].Y, 9); // sweep 0: under the line
    }

    [Theory]
    [InlineData("translate(10 20)", 11, 20)]
    [InlineData("translate(10)", 11, 0)]
    [InlineData("scale(2)", 2, 0)]
    [InlineData("scale(2, 3) translate(1, 1)", 4, 3)]
    [InlineData("rotate(90)", 0, 1)]
    [InlineData("rotate(90 10 10)", 20, 1)]
    [InlineData("matrix(1 0 0 1 5 6)", 6, 6)]
    [InlineData("skewX(45)", 1, 0)]
    [InlineData("skewY(45)", 1, 1)]
    public void Transforms_place_the_point_one_zero(string transform, double x, double y)
    {
        var drawing = Body($"<g transform=\"{transform}\"><path d=\"M1 0\"/></g>");
        var (px, py) = End(drawing.Shapes[0], 0);
        Assert.Equal(x, px, 9);
        Assert.Equal(y, py, 9);
    }

    [Fact]
    public void Transforms_of_nested_groups_compose_outside_in()
    {
        var drawing = Body("<g transform=\"translate(100 0)\"><g transform=\"scale(2)\"><path transform=\"translate(1 1)\" d=\"M1 1\"/></g></g>");
        Assert.Equal((104.0, 4.0), End(drawing.Shapes[0], 0));
    }

    [Fact]
    public void Paint_comes_from_attributes_the_style_attribute_and_the_parent()
    {
        var drawing = Body("""
            <g fill="#f00" stroke="blue" stroke-width="3" opacity="0.5" color="#00ff00">
              <rect width="1" height="1"/>
              <rect width="1" height="1" fill="#123456" style="fill: rgb(0, 128, 255); stroke:none"/>
              <rect width="1" height="1" fill="currentColor" fill-opacity="0.5" fill-rule="evenodd" stroke-linecap="round" stroke-linejoin="bevel" stroke-miterlimit="9" stroke-opacity="50%"/>
              <rect width="1" height="1" fill="none" stroke="none"/>
              <rect width="1" height="1" display="none"/>
              <rect width="1" height="1" visibility="hidden"/>
              <rect width="1" height="1" fill="navy" style="fill: inherit"/>
            </g>
            """);
        Assert.Equal(4, drawing.Shapes.Count);
        Assert.Equal(new VectorPaint(255, 0, 0, 0.5), drawing.Shapes[0].Fill);
        Assert.Equal(new VectorStroke(new VectorPaint(0, 0, 255, 0.5), 3, StrokeLineCap.Butt, StrokeLineJoin.Miter, 4), drawing.Shapes[0].Stroke);
        Assert.Equal(new VectorPaint(0, 128, 255, 0.5), drawing.Shapes[1].Fill);
        Assert.Null(drawing.Shapes[1].Stroke);
        Assert.Equal(new VectorPaint(0, 255, 0, 0.25), drawing.Shapes[2].Fill);
        Assert.True(drawing.Shapes[2].EvenOdd);
        Assert.Equal(new VectorStroke(new VectorPaint(0, 0, 255, 0.25), 3, StrokeLineCap.Round, StrokeLineJoin.Bevel, 9), drawing.Shapes[2].Stroke);
        Assert.Equal(new VectorPaint(255, 0, 0, 0.5), drawing.Shapes[3].Fill); // inherit keeps the group's red
    }

    [Theory]
    [InlineData("#abc", 0xAA, 0xBB, 0xCC)]
    [InlineData("#A0B1C2", 0xA0, 0xB1, 0xC2)]
    [InlineData("rgb(10, 20, 30)", 10, 20, 30)]
    [InlineData("rgb(100%, 0%, 50%)", 255, 0, 128)]
    [InlineData("white", 255, 255, 255)]
    [InlineData("SteelBlue", 0x46, 0x82, 0xB4)]
    public void Colours_are_read_in_every_form(string value, int r, int g, int b)
    {
        Assert.Equal(new VectorPaint((byte)r, (byte)g, (byte)b, 1), Body($"<rect width=\"1\" height=\"1\" fill=\"{value}\"/>").Shapes[0].Fill);
    }

    [Fact]
    public void Use_draws_a_definition_where_it_stands_and_metadata_is_skipped()
    {
        var drawing = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="100" height="50">
              <title>Logo</title><desc>A dot</desc><metadata><x/></metadata>
              <inkscape:namedview><inkscape:page/></inkscape:namedview>
              <defs><circle id="dot" r="2"/><linearGradient id="unused"/></defs>
              <use href="#dot" x="10" y="10" fill="red"/>
              <use xlink:href="#dot" x="20" y="10" fill="blue"/>
            </svg>
            """);
        Assert.Equal(2, drawing.Shapes.Count);
        Assert.Equal((12.0, 10.0), End(drawing.Shapes[0], 0));
        Assert.Equal(new VectorPaint(255, 0, 0, 1), drawing.Shapes[0].Fill);
        Assert.Equal((22.0, 10.0), End(drawing.Shapes[1], 0));
    }

    [Theory]
    [InlineData("<text x=\"1\">Hi</text>", "image 'logo.svg' cannot be used: its <text> at 2:1 is text, which is not drawn from SVG pictures; convert text to outlines (paths) in the drawing program")]
    [InlineData("<image href=\"a.png\"/>", "image 'logo.svg' cannot be used: its <image> at 2:1 embeds another picture; use only vector shapes, or give the PNG or JPEG itself")]
    [InlineData("<script>alert(1)</script>", "image 'logo.svg' cannot be used: its <script> at 2:1 is a script; SVG pictures with scripts are refused")]
    [InlineData("<foreignObject/>", "image 'logo.svg' cannot be used: its <foreignObject> at 2:1 embeds foreign (HTML) content, which is refused")]
    [InlineData("<style>rect{fill:red}</style>", "image 'logo.svg' cannot be used: its <style> at 2:1 is a CSS style sheet, which is not supported; export the SVG with presentation attributes or style=\"…\" attributes instead")]
    [InlineData("<use href=\"other.svg#a\"/>", "image 'logo.svg' cannot be used: its <use> at 2:1 refers to \"other.svg#a\"; <use> may refer only to an element of the same file (href=\"#id\")")]
    [InlineData("<use href=\"#nothing\"/>", "image 'logo.svg' is damaged: its <use> at 2:1 refers to \"#nothing\", which is no element of the file")]
    [InlineData("<g id=\"a\"><use href=\"#a\"/></g>", "image 'logo.svg' is damaged: its <use> at 2:11 refers to \"#a\", which contains that <use> itself")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url(#g)\"/>", "image 'logo.svg' cannot be used: its <rect> at 2:1 has fill=\"url(#g)\"; gradients and patterns are not supported, only solid colours")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"clip-path: url(#c)\"/>", "image 'logo.svg' cannot be used: its <rect> at 2:1 has clip-path=\"url(#c)\"; clipping, masks, filters and markers are not supported")]
    [InlineData("<path stroke-dasharray=\"2 2\" d=\"M0 0\"/>", "image 'logo.svg' cannot be used: its <path> at 2:1 has a dashed stroke (stroke-dasharray), which is not supported")]
    [InlineData("<path d=\"M0 0 L5\"/>", "image 'logo.svg' is damaged: its <path> at 2:1 has d=\"M0 0 L5\"; expected 2 numbers after 'L' (numbers within ±1,000,000,000)")]
    [InlineData("<path d=\"M0 0 X5\"/>", "image 'logo.svg' is damaged: its <path> at 2:1 has d=\"M0 0 X5\"; expected one of M, L, H, V, C, S, Q, T, A or Z, not 'X'")]
    [InlineData("<path d=\"L0 0\"/>", "image 'logo.svg' is damaged: its <path> at 2:1 has d=\"L0 0\"; expected a move-to (M or m) first")]
    [InlineData("<rect width=\"-1\" height=\"1\"/>", "image 'logo.svg' is damaged: its <rect> at 2:1 has width=\"-1\"; expected a length of 0 or more")]
    [InlineData("<rect width=\"50%\" height=\"1\"/>", "image 'logo.svg' is damaged: its <rect> at 2:1 has width=\"50%\"; expected a number, optionally in px, pt, pc, mm, cm or in (percentages and em are not supported)")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"blurple\"/>", "image 'logo.svg' is damaged: its <rect> at 2:1 has fill=\"blurple\"; expected a colour: #rgb, #rrggbb, rgb(r, g, b), a colour name, currentColor or none")]
    [InlineData("<g transform=\"spin(3)\"/>", "image 'logo.svg' is damaged: its <g> at 2:1 has transform=\"spin(3)\"; expected a list of matrix(), translate(), scale(), rotate(), skewX() or skewY()")]
    [InlineData("<path d=\"M1e999 0\"/>", "image 'logo.svg' is damaged: its <path> at 2:1 has d=\"M1e999 0\"; expected 2 numbers after 'M' (numbers within ±1,000,000,000)")]
    [InlineData("<blink/>", "image 'logo.svg' cannot be used: its <blink> at 2:1 is not an element BriefingGen draws; SVG pictures may use svg, g, path, rect, circle, ellipse, line, polyline, polygon, defs and use")]
    public void Everything_outside_the_subset_is_refused_naming_the_element_and_its_place(string body, string expected)
    {
        Assert.Equal(expected, Refused(Open + "\n" + body + "</svg>"));
    }

    [Fact]
    public void A_file_that_is_not_svg_or_has_no_size_is_refused()
    {
        Assert.Equal("image 'logo.svg' cannot be used: it is an XML file whose root element is <html>, not an SVG picture", Refused("<html/>"));
        Assert.Equal("image 'logo.svg' cannot be used: its <svg> at 1:1 has no width in absolute units and no viewBox, so its size is unknown; give width and height (px, mm, cm, in or pt) or a viewBox", Refused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        Assert.StartsWith("image 'logo.svg' is damaged: its XML is not well formed at 1:", Refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><g></svg>"));
        Assert.Equal("image 'logo.svg' is 30000 × 10 pixels; pictures may be at most 20,000 pixels wide", Refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30000\" height=\"10\"/>"));
        Assert.Equal(
            "image 'logo.svg' is damaged: its <svg> at 1:1 has width=\"1e-300\"; expected a length from a hundredth of a pixel to 1,000,000,000 pixels, in px, pt, pc, mm, cm or in",
            Refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e-300\" height=\"1e-300\"><rect width=\"1\" height=\"1\"/></svg>"));
        Assert.Equal(
            "image 'logo.svg' is damaged: its <svg> at 1:1 has height=\"1e30\"; expected a length from a hundredth of a pixel to 1,000,000,000 pixels, in px, pt, pc, mm, cm or in",
            Refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"1e30\"><rect width=\"1\" height=\"1\"/></svg>"));
        Assert.Equal(
            "image 'logo.svg' is damaged: its <svg> at 1:1 has viewBox=\"0 0 1e-12 1e-12\"; expected a width of at least a hundredth of a pixel, or a width attribute in px, pt, pc, mm, cm or in",
            Refused("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1e-12 1e-12\"><rect width=\"1\" height=\"1\"/></svg>"));
    }

    [Fact]
    public void A_transform_on_the_root_is_refused_rather_than_dropped()
    {
        Assert.Equal(
            "image 'logo.svg' cannot be used: its <svg> at 1:1 has a transform, which programs draw differently; put the transform on a <g> that holds the picture's content",
            Refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" transform=\"rotate(90)\"><rect width=\"5\" height=\"5\"/></svg>"));
    }

    [Fact]
    public void A_dtd_is_refused_so_entities_never_expand()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>&lol3;</desc></svg>
            """;
        Assert.Equal("image 'logo.svg' cannot be used: it has a DOCTYPE (a DTD) at 2:1; SVG pictures may not have one, as its entities and external files are never read", Refused(laughs));
        const string external = "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"file:///etc/passwd\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>";
        Assert.Contains("DOCTYPE", Refused(external), StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_and_use_bombs_stop_at_the_limits()
    {
        var deep = Open + string.Concat(Enumerable.Repeat("<g>", 5000)) + string.Concat(Enumerable.Repeat("</g>", 5000)) + "</svg>";
        Assert.Equal("image 'logo.svg' nests its elements more than 100 deep (at 1:362); SVG pictures may nest at most that deep", Refused(deep));

        // Ten uses of ten uses of … a dot: 10^8 dots from a file of a few hundred bytes.
        var bomb = new StringBuilder(Open).Append("<defs><circle id=\"d0\" r=\"1\"/>");
        for (var level = 1; level <= 8; level++)
        {
            bomb.Append($"<g id=\"d{level}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#d{level - 1}\"/>", 10))).Append("</g>");
        }

        bomb.Append("</defs><use href=\"#d8\"/></svg>");
        Assert.StartsWith("image 'logo.svg' draws more than 100,000 elements (at <", Refused(bomb.ToString()), StringComparison.Ordinal);

        // A chain of uses, each naming the next, is as deep as its length.
        var chain = new StringBuilder(Open).Append("<defs><circle id=\"c0\" r=\"1\"/>");
        for (var i = 1; i <= 200; i++)
        {
            chain.Append($"<use id=\"c{i}\" href=\"#c{i - 1}\"/>");
        }

        chain.Append("</defs><use href=\"#c200\"/></svg>");
        Assert.StartsWith("image 'logo.svg' nests its elements more than 100 deep", Refused(chain.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_million_path_commands_are_read_and_more_than_the_limit_are_refused()
    {
        var d = new StringBuilder("M0 0");
        for (var i = 0; i < 1_000_000; i++)
        {
            d.Append(i % 2 == 0 ? " L1 1" : " L0 0");
        }

        var drawing = Body($"<path d=\"{d}\"/>");
        Assert.Equal(1_000_001, drawing.Shapes[0].Path.Segments.Count);
        var limits = ImageLimits.Default with { MaxSvgSegments = 1000 };
        Assert.Equal("image 'logo.svg' has more than 1,000 path segments (at <path> at 1:65); SVG pictures may have at most that many", Refused($"{Open}<path d=\"{d}\"/></svg>", limits));
    }

    [Fact]
    public void The_loader_reads_svg_and_keeps_a_clean_copy_as_its_bytes()
    {
        var image = ImageLoader.Read(Encoding.UTF8.GetBytes("\uFEFF  <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20.4\" height=\"10\" data-x=\"1\"><!-- c --><rect id=\"r\" width=\"5\" height=\"5\" fill=\"red\"/></svg>"), ImageLimits.Default);
        Assert.Equal((ImageFormat.Svg, 20, 10, "image/svg+xml"), (image.Format, image.PixelWidth, image.PixelHeight, image.MediaType));
        Assert.Equal(20.4, image.NaturalWidth, 9);
        Assert.Equal(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20.4\" height=\"10\" viewBox=\"0 0 20.4 10\">\n<path d=\"M0 0 L5 0 L5 5 L0 5 Z\" fill=\"#FF0000\"/>\n</svg>\n",
            Encoding.UTF8.GetString(image.Bytes.Span));
        // The clean copy reads back to the same drawing.
        var again = SvgReader.Read(image.Bytes.ToArray(), ImageLimits.Default);
        Assert.Equal(image.Vector!.Shapes[0].Fill, again.Shapes[0].Fill);
    }

    [Fact]
    public void The_loader_names_the_file_and_the_element_of_a_refused_svg()
    {
        using var folder = new BriefingGen.Testing.TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "logo.svg"), Open + "\n  <text>ACME</text></svg>");
        var loader = new ImageLoader([folder.Path]);
        Assert.Null(loader.Load("logo.svg", out var error));
        Assert.Equal("image 'logo.svg' cannot be used: its <text> at 2:3 is text, which is not drawn from SVG pictures; convert text to outlines (paths) in the drawing program", error);
    }
}
