using BriefingGen.Testing;

namespace BriefingGen.Tests.Images;

/// <summary>Damaged JPEG files are refused with a message that says what is wrong; none throws.</summary>
public class DamagedJpegTests
{
    [Fact]
    public void A_file_cut_anywhere_before_its_end_is_refused_as_truncated()
    {
        foreach (var (name, _, _, _) in TestPictures.GoodJpegs)
        {
            var jpeg = TestPictures.Read(name);
            for (var length = 2; length < jpeg.Length; length++)
            {
                Assert.Equal("image 'map.jpg' is damaged: the data ends before the image does (truncated?)", Refusal.Of(jpeg[..length], "map.jpg"));
            }
        }
    }

    [Fact]
    public void Any_changed_byte_is_refused_or_read_but_never_throws()
    {
        foreach (var (name, _, _, _) in TestPictures.GoodJpegs)
        {
            var jpeg = TestPictures.Read(name);
            for (var i = 0; i < jpeg.Length; i++)
            {
                foreach (var flip in new byte[] { 0x01, 0x80 })
                {
                    var damaged = jpeg.ToArray();
                    damaged[i] ^= flip;
                    _ = Refusal.Of(damaged);
                }
            }
        }
    }

    [Fact]
    public void Missing_tables_are_refused()
    {
        var photo = TestPictures.Read("photo.jpg");
        Assert.Equal("image 'x.jpg' is damaged: a scan uses a Huffman table that is not defined before it", Refusal.Of(JpegFiles.Without(photo, 0xC4), "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: a scan uses quantisation table 0, which is not defined before it", Refusal.Of(JpegFiles.Without(photo, 0xDB), "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: its image data (SOS) comes before its frame header (SOF)", Refusal.Of(JpegFiles.Without(photo, 0xC0), "x.jpg"));
    }

    [Fact]
    public void Stray_bytes_between_segments_or_after_the_data_are_refused()
    {
        var photo = TestPictures.Read("photo.jpg");
        var (dqt, length) = JpegFiles.Find(photo, 0xDB);
        Assert.Equal("image 'x.jpg' is damaged: it has stray bytes between its segments", Refusal.Of([.. photo[..(dqt + length)], 0x00, .. photo[(dqt + length)..]], "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: its compressed data has stray bytes after a run of blocks", Refusal.Of([.. photo[..^2], 0x12, 0x34, .. photo[^2..]], "x.jpg"));

        // Fill bytes before a marker are allowed (ITU T.81 §B.1.1.2).
        Assert.Null(Refusal.Of([.. photo[..(dqt + length)], 0xFF, 0xFF, .. photo[(dqt + length)..]]));
        Assert.Null(Refusal.Of([.. photo[..^2], 0xFF, .. photo[^2..]]));
    }

    [Fact]
    public void A_marker_inside_the_data_or_out_of_order_is_refused()
    {
        var photo = TestPictures.Read("photo.jpg");
        var middle = JpegFiles.ScanData(photo) + 200;
        Assert.Equal("image 'x.jpg' is damaged: its compressed data ends before its last block (truncated?)", Refusal.Of([.. photo[..middle], 0xFF, 0xD0, .. photo[middle..]], "x.jpg"));

        var restart = TestPictures.Read("photo-restart.jpg");
        var first = restart.AsSpan(JpegFiles.ScanData(restart)).IndexOf([(byte)0xFF, (byte)0xD0]) + JpegFiles.ScanData(restart);
        var swapped = restart.ToArray();
        swapped[first + 1] = 0xD1;
        Assert.Equal("image 'x.jpg' is damaged: restart marker 1 comes where marker 0 is due", Refusal.Of(swapped, "x.jpg"));
    }

    [Fact]
    public void Data_that_is_no_Huffman_code_is_refused()
    {
        // 64 one bits (0xFF stuffed with 0x00) hold no code of any table: the all-ones code is not allowed.
        var photo = TestPictures.Read("photo.jpg");
        byte[] ones = [0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00, 0xFF, 0x00];
        for (var i = JpegFiles.ScanData(photo); i < photo.Length - 12; i++)
        {
            var message = Refusal.Of([.. photo[..i], .. ones, .. photo[(i + 8)..]], "x.jpg");
            Assert.Equal("image 'x.jpg' is damaged: its compressed data holds a code its Huffman tables do not define", message);
        }
    }

    [Fact]
    public void Headers_that_break_the_rules_are_refused()
    {
        var photo = TestPictures.Read("photo.jpg");
        var sos = JpegFiles.Find(photo, 0xDA);
        Assert.Equal("image 'x.jpg' is damaged: its scan header (SOS) names component 9 or its tables wrongly", Refusal.Of(JpegFiles.Patch(photo, 0xDA, 5, 9), "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: a scan of a sequential JPEG has progressive parameters", Refusal.Of(JpegFiles.Patch(photo, 0xDA, sos.Length - 2, 1), "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: a segment claims a length of 1 bytes, less than its own length field", Refusal.Of(JpegFiles.Patch(JpegFiles.Patch(photo, 0xDB, 2, 0), 0xDB, 3, 1), "x.jpg"));
        Assert.StartsWith("image 'x.jpg' is damaged: its JFIF header claims version 3.1", Refusal.Of(JpegFiles.Patch(photo, 0xE0, 9, 3), "x.jpg"), StringComparison.Ordinal);
        Assert.Equal("image 'x.jpg' is damaged: its Adobe segment names colour transform 7; there are 0, 1 and 2", Refusal.Of(JpegFiles.Patch(TestPictures.Read("cmyk.jpg"), 0xEE, 15, 7), "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: it has stray bytes between its segments", Refusal.Of([0xFF, 0xD8, .. photo[4..]], "x.jpg"));
        Assert.Equal("image 'x.jpg' is damaged: it ends without any image data (no SOS segment)", Refusal.Of([.. photo[..JpegFiles.Find(photo, 0xDA).Offset], 0xFF, 0xD9], "x.jpg"));
    }

    [Fact]
    public void A_progressive_file_whose_scans_are_out_of_order_is_refused()
    {
        var progressive = TestPictures.Read("photo-progressive.jpg");
        var segments = JpegFiles.Segments(progressive);
        var sos = segments.First(s => s.Marker == 0xDA);

        // The first scan is the DC scan; call it an AC scan and the progression breaks.
        var damaged = progressive.ToArray();
        damaged[sos.Offset + sos.Length - 3] = 1;
        damaged[sos.Offset + sos.Length - 2] = 5;
        Assert.NotNull(Refusal.Of(damaged));
        damaged[sos.Offset + sos.Length - 1] = 0x10; // Ah 1 before any scan
        Assert.NotNull(Refusal.Of(damaged));
    }
}
