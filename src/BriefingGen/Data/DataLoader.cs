using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// Reads a data file of either format into one tree. The format follows the file's extension
/// (<c>.json</c> is JSON; anything else is YAML, of which JSON is nearly a subset).
/// </summary>
public static class DataLoader
{
    /// <summary>Reads the file at <paramref name="path"/>, within <paramref name="limits"/>.</summary>
    /// <param name="path">The data file.</param>
    /// <param name="limits">Limits to enforce, or null for <see cref="DataLimits.Default"/>.</param>
    public static DataReadResult Load(string path, DataLimits? limits = null)
    {
        limits ??= DataLimits.Default;
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(path), "no such file");
        }

        if (file.Length > limits.MaxBytes)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(path), $"the file is {file.Length:N0} bytes; data files may be at most {limits.MaxBytes:N0} bytes");
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(path), "the file is not valid UTF-8 text; save it as UTF-8");
        }
        catch (IOException e)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(path), "cannot read the file: " + e.Message);
        }
        catch (UnauthorizedAccessException)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(path), "cannot read the file: permission denied");
        }

        return Parse(text, path, limits);
    }

    /// <summary>Reads data already in memory; <paramref name="fileName"/> picks the format and names it in messages.</summary>
    /// <param name="text">The data.</param>
    /// <param name="fileName">A name ending in .json, .yaml or .yml.</param>
    /// <param name="limits">Limits to enforce, or null for <see cref="DataLimits.Default"/>.</param>
    public static DataReadResult Parse(string text, string fileName, DataLimits? limits = null)
    {
        limits ??= DataLimits.Default;
        if (Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(fileName), $"the data is larger than {limits.MaxBytes:N0} bytes");
        }

        // A byte-order mark is invisible in editors; do not let it become part of the first key.
        text = text.TrimStart('\uFEFF');
        return Path.GetExtension(fileName).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonDataReader.Read(text, fileName, limits)
            : YamlDataReader.Read(text, fileName, limits);
    }
}
