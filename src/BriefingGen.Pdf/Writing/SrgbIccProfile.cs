using System.Buffers.Binary;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// A small sRGB (IEC 61966-2.1) ICC profile, version 2.1, built here rather than shipped, so its
/// licence is ours and its bytes never change: a display-class matrix/TRC profile (ICC.1:2001-04
/// §6.3.1.2) with the sRGB primaries adapted to D50, the D50 white point and the sRGB tone curve as
/// a 1024-entry table. PDF/A's output intent (ISO 19005-2 §6.2.3) embeds it.
/// </summary>
internal static class SrgbIccProfile
{
    /// <summary>The profile's description, also the output intent's condition identifier.</summary>
    public const string Description = "sRGB IEC61966-2.1";

    /// <summary>The profile's bytes; the same on every call and every machine.</summary>
    public static byte[] Bytes { get; } = Build();

    private static byte[] Build()
    {
        // D50-adapted sRGB colorants (Bradford), as in the sRGB profiles of the ICC's own registry.
        List<(string Signature, byte[] Data)> tags =
        [
            ("desc", TextDescription(Description)),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", Xyz(0.4360747, 0.2225045, 0.0139322)),
            ("gXYZ", Xyz(0.3850649, 0.7168786, 0.0971045)),
            ("bXYZ", Xyz(0.1430804, 0.0606169, 0.7141733)),
        ];
        var curve = ToneCurve();
        tags.Add(("rTRC", curve));

        // The three curves are the same: one copy, three tag-table entries pointing at it.
        var tableSize = 4 + (12 * (tags.Count + 2));
        var offset = 128 + tableSize;
        var entries = new List<(string Signature, int Offset, int Size)>();
        using var data = new MemoryStream();
        foreach (var (signature, bytes) in tags)
        {
            entries.Add((signature, offset + (int)data.Length, bytes.Length));
            data.Write(bytes);
            while (data.Length % 4 != 0)
            {
                data.WriteByte(0);
            }
        }

        var trc = entries[^1];
        entries.Add(("gTRC", trc.Offset, trc.Size));
        entries.Add(("bTRC", trc.Offset, trc.Size));

        var profile = new byte[offset + data.Length];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000); // version 2.1
        Ascii(span[12..], "mntr");
        Ascii(span[16..], "RGB ");
        Ascii(span[20..], "XYZ ");
        // Creation date: a fixed one, so the bytes do not change (year, month, day, hour, minute, second).
        ushort[] date = [2026, 1, 1, 0, 0, 0];
        for (var i = 0; i < date.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[(24 + (2 * i))..], date[i]);
        }

        Ascii(span[36..], "acsp");
        BinaryPrimitives.WriteUInt32BigEndian(span[64..], 0); // perceptual
        WriteXyz(span[68..], 0.9642, 1.0, 0.8249); // the PCS illuminant, D50
        BinaryPrimitives.WriteUInt32BigEndian(span[128..], (uint)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = span[(132 + (12 * i))..];
            Ascii(entry, entries[i].Signature);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)entries[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)entries[i].Size);
        }

        data.ToArray().CopyTo(span[offset..]);
        return profile;
    }

    /// <summary>The sRGB transfer function (IEC 61966-2.1 §5.2), sampled at 1024 points as 16-bit values.</summary>
    private static byte[] ToneCurve()
    {
        const int Points = 1024;
        var bytes = new byte[12 + (2 * Points)];
        Ascii(bytes, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), Points);
        for (var i = 0; i < Points; i++)
        {
            var v = i / (double)(Points - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(12 + (2 * i)), (ushort)Math.Round(linear * 65535));
        }

        return bytes;
    }

    /// <summary>An XYZType (ICC.1 §6.5.26): one colour in s15Fixed16 numbers.</summary>
    private static byte[] Xyz(double x, double y, double z)
    {
        var bytes = new byte[20];
        Ascii(bytes, "XYZ ");
        WriteXyz(bytes.AsSpan(8), x, y, z);
        return bytes;
    }

    /// <summary>A textType (§6.5.18): ASCII ending in a NUL.</summary>
    private static byte[] Text(string text) => [.. "text"u8, 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(text), 0];

    /// <summary>A textDescriptionType (§6.5.17): the ASCII description, with empty Unicode and ScriptCode parts.</summary>
    private static byte[] TextDescription(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text);
        var bytes = new byte[12 + ascii.Length + 1 + 8 + 3 + 67];
        Ascii(bytes, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), (uint)(ascii.Length + 1));
        ascii.CopyTo(bytes, 12);
        return bytes;
    }

    private static void WriteXyz(Span<byte> span, double x, double y, double z)
    {
        BinaryPrimitives.WriteInt32BigEndian(span, (int)Math.Round(x * 65536));
        BinaryPrimitives.WriteInt32BigEndian(span[4..], (int)Math.Round(y * 65536));
        BinaryPrimitives.WriteInt32BigEndian(span[8..], (int)Math.Round(z * 65536));
    }

    private static void Ascii(Span<byte> span, string signature) => Encoding.ASCII.GetBytes(signature, span);
}
