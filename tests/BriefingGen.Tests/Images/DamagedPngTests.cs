using System.Buffers.Binary;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Images;

/// <summary>Damaged PNG files are refused with a message that says what is wrong; none throws, none is half-read.</summary>
public class DamagedPngTests
{
    private static readonly byte[] Good = PngFiles.Build(13, 11, 6, 8, pieces: 2);

    private static byte[] Replace(byte[] png, string type, byte[] chunk)
    {
        var (_, offset, length) = PngFiles.Chunks(png).First(c => c.Type == type);
        return [.. png[..offset], .. chunk, .. png[(offset + 12 + length)..]];
    }

    private static byte[] Without(byte[] png, string type) => Replace(png, type, []);

    [Fact]
    public void A_file_cut_anywhere_is_refused_as_truncated()
    {
        foreach (var png in new[] { Good, PngFiles.Build(9, 7, 3, 4, interlaced: true), PngFiles.Build(5, 5, 0, 16) })
        {
            for (var length = 1; length < png.Length; length++)
            {
                var message = Refusal.Of(png[..length], "map.png");
                Assert.NotNull(message);
                if (length > 8)
                {
                    Assert.Equal("image 'map.png' is damaged: the data ends before the image does (truncated?)", message);
                }
            }
        }
    }

    [Fact]
    public void Any_changed_byte_is_refused_because_every_chunk_has_a_CRC()
    {
        foreach (var png in new[] { Good, PngFiles.Build(6, 4, 3, 2, transparency: [0, 9]) })
        {
            for (var i = 0; i < png.Length; i++)
            {
                foreach (var flip in new byte[] { 0x01, 0x80, 0xFF })
                {
                    var damaged = png.ToArray();
                    damaged[i] ^= flip;
                    Assert.NotNull(Refusal.Of(damaged));
                }
            }
        }
    }

    [Fact]
    public void A_wrong_CRC_names_its_chunk()
    {
        var png = Good.ToArray();
        var idat = PngFiles.Chunks(png).First(c => c.Type == "IDAT");
        png[idat.Offset + 8 + idat.Length] ^= 1;
        Assert.Equal("image 'x.png' is damaged: its 'IDAT' chunk fails its checksum (CRC), so its bytes were changed", Refusal.Of(png));
    }

    [Fact]
    public void A_bomb_whose_header_claims_20000_by_20000_pixels_is_refused_before_anything_is_inflated()
    {
        // 50 MB of zeros deflate to about 50 KB; the header alone condemns it.
        var bomb = PngFiles.Assemble([
            PngFiles.Chunk("IHDR", PngFiles.Header(20_000, 20_000, 8, 6)),
            PngFiles.Chunk("IDAT", PngFiles.Zlib(new byte[50_000_000])),
            PngFiles.Chunk("IEND", []),
        ]);
        Assert.Equal("image 'big.png' is 20000 × 20000 pixels; pictures may have at most 40 megapixels", Refusal.Of(bomb, "big.png"));
        Assert.Equal("image 'wide.png' is 20001 × 1 pixels; pictures may be at most 20,000 pixels wide", Refusal.Of(PngFiles.Build(20_001, 1, 0, 1), "wide.png"));
        Assert.Equal("image 'tall.png' is 1 × 20001 pixels; pictures may be at most 20,000 pixels high", Refusal.Of(PngFiles.Build(1, 20_001, 0, 1), "tall.png"));
    }

    [Fact]
    public void Image_data_beyond_what_the_header_needs_is_never_inflated()
    {
        // 1000 × 1000 grey needs 1,001,000 bytes; the stream holds 200 MB of zeros after them.
        var bomb = PngFiles.Assemble([
            PngFiles.Chunk("IHDR", PngFiles.Header(1000, 1000, 8, 0)),
            PngFiles.Chunk("IDAT", PngFiles.Zlib(new byte[200_000_000])),
            PngFiles.Chunk("IEND", []),
        ]);
        var before = GC.GetTotalAllocatedBytes();
        Assert.Null(Refusal.Of(bomb));
        Assert.True(GC.GetTotalAllocatedBytes() - before < 50_000_000, "the check allocated as if it inflated everything");
    }

    [Fact]
    public void Too_little_image_data_is_truncation()
    {
        var short_ = PngFiles.Zlib(PngFiles.Scanlines(13, 10, 6, 8, interlaced: false));
        Assert.Equal("image 'x.png' is damaged: the data ends before the image does (truncated?)", Refusal.Of(Replace(Good, "IDAT", PngFiles.Chunk("IDAT", short_))));
    }

    [Fact]
    public void Corrupt_zlib_data_and_an_unknown_row_filter_are_refused()
    {
        var scanlines = PngFiles.Scanlines(13, 11, 6, 8, interlaced: false);
        var zlib = PngFiles.Zlib(scanlines);
        var garbage = zlib.ToArray();
        garbage.AsSpan(2, 8).Fill(0xFF);
        var one = Without(Good, "IDAT");
        Assert.Equal("image 'x.png' is damaged: its compressed image data (zlib) is corrupt", Refusal.Of(Replace(one, "IDAT", PngFiles.Chunk("IDAT", garbage))));

        var checksum = zlib.ToArray();
        checksum[^1] ^= 0x55;
        Assert.Equal("image 'x.png' is damaged: its compressed image data (zlib) is corrupt", Refusal.Of(Replace(one, "IDAT", PngFiles.Chunk("IDAT", checksum))));

        var header = zlib.ToArray();
        header[0] = 0x79; // not deflate with a 32 KiB window
        Assert.NotNull(Refusal.Of(Replace(one, "IDAT", PngFiles.Chunk("IDAT", header))));

        byte[] dictionary = [0x78, 0x20, 1, 2, 3, 4, .. zlib[2..]]; // FDICT: a preset dictionary, which PNG does not allow
        Assert.Equal("image 'x.png' is damaged: its compressed image data (zlib) is corrupt", Refusal.Of(Replace(one, "IDAT", PngFiles.Chunk("IDAT", dictionary))));

        var filters = scanlines.ToArray();
        filters[(13 * 4) + 1] = 5; // the second row's filter byte
        Assert.Equal("image 'x.png' is damaged: row 2 of its image data names filter 5; PNG has filters 0 to 4", Refusal.Of(Replace(one, "IDAT", PngFiles.Chunk("IDAT", PngFiles.Zlib(filters)))));
    }

    [Theory]
    [InlineData(0, 3), InlineData(0, 32), InlineData(2, 4), InlineData(3, 16), InlineData(4, 1), InlineData(6, 2), InlineData(1, 8), InlineData(7, 8)]
    public void A_header_PNG_does_not_allow_is_refused(int colorType, int depth)
    {
        var png = Replace(Good, "IHDR", PngFiles.Chunk("IHDR", PngFiles.Header(13, 11, depth, colorType)));
        Assert.StartsWith("image 'x.png' is damaged: its header ", Refusal.Of(png), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_chunk_order_is_refused_with_its_reason()
    {
        var chunks = PngFiles.Chunks(Good);
        byte[] Chunk(string type) => PngFiles.Chunks(Good).Where(c => c.Type == type).Select(c => Good[c.Offset..(c.Offset + 12 + c.Length)]).First();
        var idats = chunks.Where(c => c.Type == "IDAT").Select(c => Good[c.Offset..(c.Offset + 12 + c.Length)]).ToList();
        var text = PngFiles.Chunk("tEXt", "Title\0Map"u8);

        string? Of(params byte[][] parts) => Refusal.Of(PngFiles.Assemble(parts));
        Assert.Equal("image 'x.png' is damaged: its image data chunks (IDAT) are not one unbroken run", Of(Chunk("IHDR"), idats[0], text, idats[1], Chunk("IEND")));
        Assert.Equal("image 'x.png' is damaged: its first chunk is 'tEXt', not the header (IHDR)", Of(text, Chunk("IHDR"), idats[0], idats[1], Chunk("IEND")));
        Assert.Equal("image 'x.png' is damaged: it has two header chunks (IHDR)", Of(Chunk("IHDR"), Chunk("IHDR"), idats[0], idats[1], Chunk("IEND")));
        Assert.Equal("image 'x.png' is damaged: it has no image data (IDAT chunk)", Of(Chunk("IHDR"), Chunk("IEND")));
        Assert.Equal("image 'x.png' is damaged: the data ends before the image does (truncated?)", Of(Chunk("IHDR"), idats[0], idats[1]));
        Assert.Null(Of(Chunk("IHDR"), text, idats[0], idats[1], text, Chunk("IEND"), "trailing bytes"u8.ToArray()));
        Assert.Equal("image 'x.png' cannot be used: it has a 'ZZZZ' chunk, which a reader must understand and this program does not", Of(Chunk("IHDR"), PngFiles.Chunk("ZZZZ", [1]), idats[0], idats[1], Chunk("IEND")));
        Assert.StartsWith("image 'x.png' cannot be used: it is an iPhone-optimised PNG", Of(PngFiles.Chunk("CgBI", [0, 0, 0, 0]), Chunk("IHDR"), idats[0], idats[1], Chunk("IEND")) ?? "", StringComparison.Ordinal);
        Assert.Equal("image 'x.png' is damaged: a chunk's type is not four letters (bytes 49 44 41 31)", Of(Chunk("IHDR"), PngFiles.Chunk("IDA1", []), idats[0], idats[1], Chunk("IEND")));
    }

    [Fact]
    public void A_palette_image_needs_a_palette_before_its_data()
    {
        var png = PngFiles.Build(4, 4, 3, 8);
        var plte = PngFiles.Chunks(png).First(c => c.Type == "PLTE");
        var palette = png[plte.Offset..(plte.Offset + 12 + plte.Length)];
        var noPalette = Without(png, "PLTE");
        Assert.Equal("image 'x.png' is damaged: it is a palette image, but no palette (PLTE) comes before its image data", Refusal.Of(noPalette));

        var chunks = PngFiles.Chunks(noPalette);
        var iend = chunks.First(c => c.Type == "IEND").Offset;
        Assert.Equal("image 'x.png' is damaged: it is a palette image, but no palette (PLTE) comes before its image data", Refusal.Of([.. noPalette[..iend], .. palette, .. noPalette[iend..]]));
        Assert.Equal("image 'x.png' is damaged: its palette (PLTE) is 4 bytes long; a palette is 1 to 256 colours of 3 bytes", Refusal.Of(Replace(png, "PLTE", PngFiles.Chunk("PLTE", [1, 2, 3, 4]))));

        // A palette shorter than the indexes used shows them black, as libpng does.
        Assert.Null(Refusal.Of(Replace(png, "PLTE", PngFiles.Chunk("PLTE", [1, 2, 3]))));
    }

    [Fact]
    public void A_zero_sized_or_absurd_header_is_refused()
    {
        Assert.Equal("image 'x.png' is damaged: its header says it is 0 × 11 pixels, which is no picture at all", Refusal.Of(Replace(Good, "IHDR", PngFiles.Chunk("IHDR", PngFiles.Header(0, 11, 8, 6)))));
        Assert.StartsWith("image 'x.png' is damaged: its header says it is 4294967295 × 11 pixels, more than PNG allows", Refusal.Of(Replace(Good, "IHDR", PngFiles.Chunk("IHDR", PngFiles.Header(uint.MaxValue, 11, 8, 6)))), StringComparison.Ordinal);
        var interlace = PngFiles.Header(13, 11, 8, 6, interlace: 2);
        Assert.Equal("image 'x.png' is damaged: its header names interlace method 2; PNG has only 0 (none) and 1 (Adam7)", Refusal.Of(Replace(Good, "IHDR", PngFiles.Chunk("IHDR", interlace))));
        var length = Good.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(length.AsSpan(8), 0x8000_0000);
        Assert.Equal("image 'x.png' is damaged: its 'IHDR' chunk claims 2,147,483,648 bytes, more than PNG allows", Refusal.Of(length));
    }

    [Fact]
    public void A_signature_changed_in_transfer_is_named_as_such()
    {
        var text = Good.ToArray();
        text[4] = 0x0A; // \r\n became \n\n
        Assert.Equal("image 'x.png' is damaged: its signature is damaged (was it copied as text, converting line ends?)", Refusal.Of(text));
    }
}
