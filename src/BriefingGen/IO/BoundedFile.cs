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
    public static byte[]? ReadBytes(string path, long maxBytes, out string error)
    {
        error = "";
        try
        {
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

            // Devices (/dev/zero), pipes and sockets report a size of 0 and may never end, or block
            // on opening; a regular empty file has nothing to read either, so none is opened.
            if (info.Length == 0)
            {
                return [];
            }

            if (info.Length > maxBytes)
            {
                error = $"it is {info.Length:N0} bytes; at most {maxBytes:N0} bytes are allowed";
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[info.Length];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            // The file may have grown since its size was read; what is beyond the bound is refused, not cut.
            if (stream.ReadByte() >= 0)
            {
                error = $"it grew while being read past {maxBytes:N0} bytes";
                return null;
            }

            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
            return null;
        }
        catch (IOException e)
        {
            error = "cannot read it: " + e.Message;
            return null;
        }
    }

    /// <summary>Reads a UTF-8 text file of at most <paramref name="maxBytes"/> bytes; null and a reason when it cannot.</summary>
    public static string? ReadText(string path, long maxBytes, out string error)
    {
        var bytes = ReadBytes(path, maxBytes, out error);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            error = "it is not valid UTF-8 text; save it as UTF-8";
            return null;
        }
    }
}
