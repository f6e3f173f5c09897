using System.Buffers.Binary;

namespace BriefingGen.Images;

/// <summary>
/// A PNG's chunks, walked and checked (PNG spec §5, §11): the signature; IHDR first; every chunk
/// whole and matching its CRC; PLTE before the image data and present when the colour type needs
/// it; the IDAT chunks one run; IEND at the end. What decoding needs is kept: the header, the
/// palette, the transparency and where the compressed image data lies. Ancillary chunks that break
/// their rules are ignored, as libpng does; critical ones that do are refused.
/// </summary>
internal sealed class PngStructure
{
    /// <summary>The eight bytes every PNG begins with (PNG spec §5.2).</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngStructure(PngHeader header, ReadOnlyMemory<byte> palette, ReadOnlyMemory<byte> transparency, IReadOnlyList<Range> data)
    {
        Header = header;
        Palette = palette;
        Transparency = transparency;
        Data = data;
    }

    /// <summary>The checked IHDR.</summary>
    public PngHeader Header { get; }

    /// <summary>PLTE's RGB triples for a palette image; empty otherwise.</summary>
    public ReadOnlyMemory<byte> Palette { get; }

    /// <summary>A valid tRNS chunk's data (PNG spec §11.3.2.1) for a colour type without alpha; empty when there is none.</summary>
    public ReadOnlyMemory<byte> Transparency { get; }

    /// <summary>Where each IDAT chunk's data lies in the file, in order: together, one zlib stream.</summary>
    public IReadOnlyList<Range> Data { get; }

    /// <summary>Walks the chunks of <paramref name="png"/>.</summary>
    /// <exception cref="UnusableImageException">The file breaks a rule a reader depends on.</exception>
    public static PngStructure Read(ReadOnlyMemory<byte> png)
    {
        var bytes = png.Span;
        CheckSignature(bytes);
        PngHeader? header = null;
        ReadOnlyMemory<byte> palette = default, transparency = default;
        var data = new List<Range>();
        var dataEnded = false;
        for (var at = Signature.Length; ;)
        {
            if (bytes.Length - at < 12)
            {
                throw Truncated();
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            var type = bytes.Slice(at + 4, 4);
            var name = ChunkName(type);
            if (length > int.MaxValue)
            {
                throw UnusableImageException.Damaged($"its '{name}' chunk claims {length:N0} bytes, more than PNG allows");
            }

            if (length > bytes.Length - at - 12)
            {
                throw Truncated();
            }

            var body = png.Slice(at + 8, (int)length);
            if (Crc32.Of(bytes.Slice(at + 4, (int)length + 4)) != BinaryPrimitives.ReadUInt32BigEndian(bytes[(at + 8 + (int)length)..]))
            {
                throw UnusableImageException.Damaged($"its '{name}' chunk fails its checksum (CRC), so its bytes were changed");
            }

            at += 12 + (int)length;
            if (name == "CgBI")
            {
                // Apple's variant puts this chunk first and breaks the format (BGR, raw deflate).
                throw UnusableImageException.Unsupported("it is an iPhone-optimised PNG (CgBI chunk), which only Apple's software reads; save it again as a standard PNG");
            }

            if (header is null)
            {
                header = name == "IHDR"
                    ? PngHeader.Read(body.Span)
                    : throw UnusableImageException.Damaged($"its first chunk is '{name}', not the header (IHDR)");
                continue;
            }

            if (data.Count > 0 && name != "IDAT")
            {
                dataEnded = true;
            }

            switch (name)
            {
                case "IHDR":
                    throw UnusableImageException.Damaged("it has two header chunks (IHDR)");
                case "PLTE":
                    palette = ReadPalette(header, palette, body, data.Count > 0);
                    break;
                case "tRNS":
                    // An invalid or misplaced tRNS is ignored, as libpng does: the picture stays opaque.
                    transparency = data.Count == 0 && transparency.IsEmpty && IsValidTransparency(header, palette, body.Length) ? body : transparency;
                    break;
                case "IDAT":
                    if (dataEnded)
                    {
                        throw UnusableImageException.Damaged("its image data chunks (IDAT) are not one unbroken run");
                    }

                    if (header.ColorType == PngColorType.Palette && palette.IsEmpty)
                    {
                        throw UnusableImageException.Damaged("it is a palette image, but no palette (PLTE) comes before its image data");
                    }

                    data.Add(new Range(at - 4 - (int)length, at - 4));
                    break;
                case "IEND":
                    return data.Count > 0
                        ? new PngStructure(header, header.ColorType == PngColorType.Palette ? palette : default, transparency, data)
                        : throw UnusableImageException.Damaged("it has no image data (IDAT chunk)");
                default:
                    // Bit 5 of the first letter clear (upper case) marks a chunk a reader must understand (§5.4).
                    if ((type[0] & 0x20) == 0)
                    {
                        throw UnusableImageException.Unsupported($"it has a '{name}' chunk, which a reader must understand and this program does not");
                    }

                    break;
            }
        }
    }

    private static void CheckSignature(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= Signature.Length && bytes[..Signature.Length].SequenceEqual(Signature))
        {
            return;
        }

        // "\x89PNG" followed by something else is a PNG whose line ends were converted in transfer.
        throw bytes.Length >= 4 && bytes[..4].SequenceEqual(Signature[..4])
            ? bytes.Length < Signature.Length
                ? Truncated()
                : UnusableImageException.Damaged("its signature is damaged (was it copied as text, converting line ends?)")
            : UnusableImageException.Damaged("it does not begin with the PNG signature");
    }

    private static ReadOnlyMemory<byte> ReadPalette(PngHeader header, ReadOnlyMemory<byte> seen, ReadOnlyMemory<byte> body, bool afterData)
    {
        if (header.ColorType is PngColorType.Grey or PngColorType.GreyAlpha)
        {
            return seen; // not allowed for grey, and unused: ignored, as libpng does
        }

        if (afterData || !seen.IsEmpty)
        {
            throw UnusableImageException.Damaged(afterData ? "its palette (PLTE) comes after the image data" : "it has two palettes (PLTE)");
        }

        if (body.Length == 0 || body.Length % 3 != 0 || body.Length > 3 * 256)
        {
            throw UnusableImageException.Damaged($"its palette (PLTE) is {body.Length} bytes long; a palette is 1 to 256 colours of 3 bytes");
        }

        return body;
    }

    private static bool IsValidTransparency(PngHeader header, ReadOnlyMemory<byte> palette, int length) => header.ColorType switch
    {
        PngColorType.Grey => length == 2,
        PngColorType.Rgb => length == 6,
        PngColorType.Palette => length > 0 && !palette.IsEmpty && length <= palette.Length / 3,
        _ => false, // alpha already in every pixel
    };

    /// <summary>The four letters of a chunk type, or their codes when they are not letters.</summary>
    private static string ChunkName(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                throw UnusableImageException.Damaged($"a chunk's type is not four letters (bytes {type[0]:X2} {type[1]:X2} {type[2]:X2} {type[3]:X2})");
            }
        }

        return System.Text.Encoding.ASCII.GetString(type);
    }

    private static UnusableImageException Truncated() => UnusableImageException.Damaged("the data ends before the image does (truncated?)");
}
