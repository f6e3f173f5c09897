using BriefingGen.Images;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Images;

/// <summary>Every colour type, bit depth and interlacing PNG has decodes to the right 8-bit samples.</summary>
public class PngDecoderTests
{
    public static TheoryData<int, int, bool> EveryKind()
    {
        var data = new TheoryData<int, int, bool>();
        foreach (var (type, depths) in PngFiles.Kinds)
        {
            foreach (var depth in depths)
            {
                data.Add(type, depth, false);
                data.Add(type, depth, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_colour_type_and_bit_depth_decodes_to_the_right_samples(int colorType, int depth, bool interlaced)
    {
        foreach (var (width, height) in new[] { (1, 1), (1, 9), (9, 1), (8, 8), (13, 11) })
        {
            var png = PngFiles.Build(width, height, colorType, depth, interlaced, pieces: 3);
            var header = PngDecoder.Check(png, ImageLimits.Default);
            Assert.Equal((width, height, depth, interlaced), (header.Width, header.Height, header.BitDepth, header.Interlaced));

            var rows = DecodedRows.Of(png);
            Assert.Equal((width, height, colorType is 0 or 4 ? 1 : 3, colorType is 4 or 6), (rows.Width, rows.Height, rows.Channels, rows.HasAlpha));
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var (color, alpha) = Expected(x, y, colorType, depth);
                    Assert.Equal(color, rows.Color[y].AsSpan(x * rows.Channels, rows.Channels).ToArray());
                    if (alpha is { } a)
                    {
                        Assert.Equal(a, rows.Alpha[y][x]);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_tRNS_chunk_makes_its_grey_or_colour_transparent()
    {
        // Pattern(x, y, c, 8) = 7x + 3y + 5c: grey 10 is pixel (1, 1); RGB (10, 15, 20) is pixel (1, 1) too.
        var grey = DecodedRows.Of(PngFiles.Build(4, 3, 0, 8, transparency: [0, 10]));
        Assert.True(grey.HasAlpha);
        Assert.Equal([255, 0, 255, 255], grey.Alpha[1]);
        Assert.Equal([255, 255, 255, 255], grey.Alpha[0]);

        var rgb = DecodedRows.Of(PngFiles.Build(4, 3, 2, 8, interlaced: true, transparency: [0, 10, 0, 15, 0, 20]));
        Assert.Equal([255, 0, 255, 255], rgb.Alpha[1]);

        // A palette's alpha comes from tRNS by index; indexes beyond it are opaque. Row 0 of a 1-bit pattern is 0, 1, 0, 1.
        var palette = DecodedRows.Of(PngFiles.Build(4, 3, 3, 1, transparency: [0, 128]));
        Assert.Equal([0, 128, 0, 128], palette.Alpha[0]);
        Assert.Equal([0, 255, 0, 128], DecodedRows.Of(PngFiles.Build(4, 3, 3, 2, transparency: [0, 128, 0])).Alpha[0]); // indexes 0, 3, 2, 1
    }

    [Fact]
    public void A_tRNS_chunk_that_breaks_its_rules_is_ignored_as_libpng_does()
    {
        Assert.False(DecodedRows.Of(PngFiles.Build(4, 3, 0, 8, transparency: [1, 2, 3])).HasAlpha);
        Assert.False(DecodedRows.Of(PngFiles.Build(2, 2, 3, 1, transparency: [1, 2, 3])).HasAlpha);
        var rgba = DecodedRows.Of(PngFiles.Build(2, 2, 6, 8, transparency: [0, 1]));
        Assert.Equal((byte)PngFiles.Pattern(1, 1, 3, 8), rgba.Alpha[1][1]);
    }

    /// <summary>What pixel (x, y) of the test pattern must become: the spec's scaling, written out again.</summary>
    private static (byte[] Color, byte? Alpha) Expected(int x, int y, int colorType, int depth)
    {
        byte Scale(int v) => depth switch { 16 => (byte)Math.Round(v * 255.0 / 65535, MidpointRounding.AwayFromZero), 8 => (byte)v, _ => (byte)(v * 255 / ((1 << depth) - 1)) };
        int P(int c) => PngFiles.Pattern(x, y, c, depth);
        return colorType switch
        {
            0 => ([Scale(P(0))], null),
            2 => ([Scale(P(0)), Scale(P(1)), Scale(P(2))], null),
            3 => (PngFiles.Palette(1 << depth).AsSpan(3 * P(0), 3).ToArray(), null),
            4 => ([Scale(P(0))], Scale(P(1))),
            _ => ([Scale(P(0)), Scale(P(1)), Scale(P(2))], Scale(P(3))),
        };
    }
}
