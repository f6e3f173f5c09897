namespace BriefingGen.Testing;

/// <summary>
/// Random damage to good pictures, for property tests: bytes changed, inserted or removed, the file
/// cut short, or a PNG chunk's data changed with its CRC made right again, so that the damage
/// reaches the header, zlib and filter checks instead of stopping at the CRC.
/// </summary>
internal static class PictureMutations
{
    /// <summary>The pictures damaged: PNG of several kinds and every good JPEG.</summary>
    public static readonly byte[][] Seeds =
    [
        PngFiles.Build(13, 11, 6, 8, pieces: 2),
        PngFiles.Build(9, 7, 3, 2, interlaced: true, transparency: [0, 50]),
        PngFiles.Build(6, 5, 0, 16, interlaced: true, transparency: [0, 1]),
        PngFiles.Build(17, 3, 4, 8),
        PngFiles.Build(5, 9, 2, 16, pieces: 3),
        .. TestPictures.GoodJpegs.Select(j => TestPictures.Read(j.Name)),
    ];

    /// <summary>
    /// A damaged copy of <paramref name="seed"/>: <paramref name="kind"/> 0 sets bytes, 1 inserts
    /// them, 2 removes runs, 3 cuts the file, 4 changes a PNG chunk and mends its CRC.
    /// </summary>
    public static byte[] Mutate(byte[] seed, int kind, (int Position, byte Value)[] changes)
    {
        var bytes = seed.ToList();
        foreach (var (position, value) in changes)
        {
            var at = position % bytes.Count;
            switch (kind)
            {
                case 0:
                    bytes[at] = value;
                    break;
                case 1:
                    bytes.Insert(at, value);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(1 + (value % 16), bytes.Count - at - 1));
                    break;
                case 3:
                    return [.. bytes.Take(Math.Max(1, at))];
                default:
                    if (seed[1] == 'P')
                    {
                        return ChangeChunk(seed, position, value);
                    }

                    bytes[at] = value;
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Changes a byte of one chunk's data and writes the chunk's CRC again.</summary>
    private static byte[] ChangeChunk(byte[] png, int position, byte value)
    {
        var chunks = PngFiles.Chunks(png).Where(c => c.Length > 0).ToList();
        var (type, offset, length) = chunks[position % chunks.Count];
        var data = png.AsSpan(offset + 8, length).ToArray();
        data[position / chunks.Count % length] = value;
        return [.. png[..offset], .. PngFiles.Chunk(type, data), .. png[(offset + 12 + length)..]];
    }
}
