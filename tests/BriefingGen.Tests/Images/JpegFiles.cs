using System.Buffers.Binary;

namespace BriefingGen.Tests.Images;

/// <summary>Segment surgery on JPEG files, for the damage tests.</summary>
internal static class JpegFiles
{
    /// <summary>Where each marker segment before the first scan's data starts, with its marker and whole length (marker included).</summary>
    public static List<(int Marker, int Offset, int Length)> Segments(byte[] jpeg)
    {
        var list = new List<(int, int, int)>();
        for (var at = 2; at + 4 <= jpeg.Length && jpeg[at] == 0xFF;)
        {
            var marker = jpeg[at + 1];
            var length = 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            list.Add((marker, at, length));
            if (marker == 0xDA)
            {
                break;
            }

            at += length;
        }

        return list;
    }

    /// <summary>The first segment with <paramref name="marker"/>.</summary>
    public static (int Offset, int Length) Find(byte[] jpeg, int marker)
    {
        var (_, offset, length) = Segments(jpeg).First(s => s.Marker == marker);
        return (offset, length);
    }

    /// <summary><paramref name="jpeg"/> without every segment with <paramref name="marker"/> before the first scan.</summary>
    public static byte[] Without(byte[] jpeg, int marker)
    {
        var result = jpeg.ToList();
        foreach (var (_, offset, length) in Segments(jpeg).Where(s => s.Marker == marker).Reverse())
        {
            result.RemoveRange(offset, length);
        }

        return [.. result];
    }

    /// <summary>A copy with byte <paramref name="index"/> of the first <paramref name="marker"/> segment (0 = the 0xFF) set to <paramref name="value"/>.</summary>
    public static byte[] Patch(byte[] jpeg, int marker, int index, byte value)
    {
        var copy = jpeg.ToArray();
        copy[Find(jpeg, marker).Offset + index] = value;
        return copy;
    }

    /// <summary>Where the first scan's entropy-coded data starts.</summary>
    public static int ScanData(byte[] jpeg)
    {
        var (offset, length) = Find(jpeg, 0xDA);
        return offset + length;
    }
}
