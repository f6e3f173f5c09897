using System.Text;

namespace BriefingGen.IO;

/// <summary>
/// The one place that reads a user's or a pack's file: only regular files (never a device, a pipe
/// or a folder, which could block or never end), never more than a stated number of bytes, and
/// every failure as a sentence a user can act on instead of an exception.
/// </summary>
public static class BoundedFile
{
    /// <summary>Reads at most <paramref name="maxBytes"/> bytes of <paramref name="path"/>; null and a reason when it cannot.</summary>
    public static byte[]? ReadBytes(string path, long maxBytes, out string error) => ReadBytes(path, maxBytes, pinned: false, out error);

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes of <paramref name="path"/> into an array the
    /// collector never moves when <paramref name="pinned"/>, so native code (HarfBuzz, over a font)
    /// may keep its address for as long as the array lives, with no copy in native memory.
    /// </summary>
    public static byte[]? ReadBytes(string path, long maxBytes, bool pinned, out string error)
    {
        error = "";
        try
        {
            // What the path is comes first: a named pipe would block the open below, and a device or
            // a pipe reports a size of 0 however much it would pour out.
            var kind = FileKinds.Of(path);
            if (Refusal(kind, path) is { } refusal)
            {
                error = refusal;
                return null;
            }

            if (Directory.Exists(path))
            {
                error = "it is a folder, not a file";
                return null;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = "no such file";
                return null;
            }

            if (info.Length > maxBytes)
            {
                error = $"it is {info.Length:N0} bytes; at most {maxBytes:N0} bytes are allowed";
                return null;
            }

            // Where the platform cannot tell a device or a pipe from an empty file, a size of 0 is
            // taken at its word and nothing is opened; a regular file of size 0 may still hold text
            // (the system's /proc files), so it is read like any other, up to the bound.
            if (info.Length == 0 && kind != FileKind.Regular)
            {
                return Allocate(0, pinned);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadUpTo(stream, info.Length, maxBytes, pinned, out error);
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied: the file may not be read by this user";
            return null;
        }
        catch (IOException e)
        {
            error = "cannot read it: " + e.Message;
            return null;
        }
    }

    /// <summary>Why a path of <paramref name="kind"/> is not read, or null when it may be.</summary>
    private static string? Refusal(FileKind kind, string path) => kind switch
    {
        FileKind.Missing => new FileInfo(path).LinkTarget is { } target ? $"it is a symbolic link to {target}, which does not exist" : "no such file",
        FileKind.Directory => "it is a folder, not a file",
        FileKind.Pipe => "it is a named pipe (FIFO), not a file: reading it would wait for whatever writes to it; save what it holds to a file and give that",
        FileKind.Device => "it is a device, not a file: reading it might never end; give a file",
        FileKind.Socket => "it is a socket, not a file",
        FileKind.LinkLoop => "it is a symbolic link that leads round in a loop and never reaches a file",
        FileKind.Forbidden => "permission denied: a folder on its path may not be searched by this user",
        _ => null,
    };

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, refusing it once it passes <paramref name="maxBytes"/>.
    /// The file is read into an array of the size it stated, so the usual read makes one array and
    /// copies nothing; only a file that grows while it is read (or never stated a size) is resized.
    /// </summary>
    private static byte[]? ReadUpTo(Stream stream, long expected, long maxBytes, bool pinned, out string error)
    {
        error = "";
        var buffer = Allocate((int)Math.Max(expected, 0), pinned);
        var read = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (read == buffer.Length)
            {
                // Full: one more byte says whether the file is longer than what has been read. The file
                // grew since its size was read, or it never said; what is beyond the bound is refused, not cut.
                if (read > maxBytes)
                {
                    return TooLong(out error);
                }

                if (stream.Read(probe) == 0)
                {
                    return buffer;
                }

                if (read + 1 > maxBytes)
                {
                    return TooLong(out error);
                }

                // Room for up to one byte past the bound, which is how a longer file shows itself.
                var room = Math.Min(maxBytes, Array.MaxLength - 1) + 1;
                var grown = Allocate((int)Math.Min(room, Math.Max(64 * 1024, (long)buffer.Length * 2)), pinned);
                buffer.AsSpan(0, read).CopyTo(grown);
                grown[read++] = probe[0];
                buffer = grown;
            }

            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read > maxBytes)
        {
            return TooLong(out error);
        }

        if (read == buffer.Length)
        {
            return buffer;
        }

        var exact = Allocate(read, pinned);
        buffer.AsSpan(0, read).CopyTo(exact);
        return exact;

        byte[]? TooLong(out string message)
        {
            message = $"it holds more than {maxBytes:N0} bytes, the most allowed";
            return null;
        }
    }

    /// <summary>A new array; a pinned one (which the collector never moves) when native code is to keep its address.</summary>
    private static byte[] Allocate(int length, bool pinned) =>
        pinned ? GC.AllocateUninitializedArray<byte>(length, pinned: true) : new byte[length];

    /// <summary>Reads a text file (UTF-8, or UTF-16 or UTF-32 as YAML tells them) of at most <paramref name="maxBytes"/> bytes; null and a reason when it cannot.</summary>
    public static string? ReadText(string path, long maxBytes, out string error) => ReadText(path, maxBytes, out error, out _);

    /// <summary>
    /// Reads a text file of at most <paramref name="maxBytes"/> bytes, in UTF-8 or, told apart as
    /// YAML 1.2 tells them (see <see cref="EncodingOf"/>), UTF-16 or UTF-32; null and a reason when
    /// it cannot, with the line and column of the first character that is not valid when that is why.
    /// </summary>
    public static string? ReadText(string path, long maxBytes, out string error, out (int Line, int Column)? at)
    {
        at = null;
        var bytes = ReadBytes(path, maxBytes, out error);
        if (bytes is null)
        {
            return null;
        }

        var (encoding, mark, name) = EncodingOf(bytes);
        try
        {
            return encoding.GetString(bytes, mark, bytes.Length - mark).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(mark + e.Index, mark, bytes.Length);
            at = Position(encoding, bytes.AsSpan(mark, index - mark));
            var bad = index < bytes.Length ? $" (byte 0x{bytes[index]:X2})" : "";
            error = $"it is not valid {name} text{bad}; save it as UTF-8";
            return null;
        }
    }

    /// <summary>
    /// The encoding of text that starts with <paramref name="start"/>, as YAML 1.2 (section 5.2)
    /// tells it: by its byte-order mark, else by the zero bytes UTF-16 and UTF-32 put beside a
    /// first character that is ASCII, else UTF-8. Windows tools save UTF-16 (Notepad's "Unicode",
    /// PowerShell 5's redirection), with or without a mark. Returns the encoding, the length of its
    /// mark, and its name for messages.
    /// </summary>
    internal static (Encoding Encoding, int Mark, string Name) EncodingOf(ReadOnlySpan<byte> start)
    {
        static Encoding Utf16(bool bigEndian) => new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        static Encoding Utf32(bool bigEndian) => new UTF32Encoding(bigEndian, byteOrderMark: false, throwOnInvalidCharacters: true);
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        return start switch
        {
            [0x00, 0x00, 0xFE, 0xFF, ..] => (Utf32(true), 4, "UTF-32 (big-endian)"),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Utf32(false), 4, "UTF-32 (little-endian)"),
            [0xFE, 0xFF, ..] => (Utf16(true), 2, "UTF-16 (big-endian)"),
            [0xFF, 0xFE, ..] => (Utf16(false), 2, "UTF-16 (little-endian)"),
            [0x00, 0x00, 0x00, not 0x00, ..] => (Utf32(true), 0, "UTF-32 (big-endian)"),
            [not 0x00, 0x00, 0x00, 0x00, ..] => (Utf32(false), 0, "UTF-32 (little-endian)"),
            [0x00, not 0x00, ..] => (Utf16(true), 0, "UTF-16 (big-endian)"),
            [not 0x00, 0x00, ..] => (Utf16(false), 0, "UTF-16 (little-endian)"),
            [0xEF, 0xBB, 0xBF, ..] => (utf8, 3, "UTF-8"),
            _ => (utf8, 0, "UTF-8"),
        };
    }

    /// <summary>The line and column just after <paramref name="before"/>, text in <paramref name="encoding"/> that decodes cleanly.</summary>
    private static (int Line, int Column) Position(Encoding encoding, ReadOnlySpan<byte> before)
    {
        var text = encoding.GetString(before).AsSpan();
        return (text.Count('\n') + 1, text.Length - (text.LastIndexOf('\n') + 1) + 1);
    }
}
