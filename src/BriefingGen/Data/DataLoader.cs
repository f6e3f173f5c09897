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
        var text = IO.BoundedFile.ReadText(path, limits.MaxBytes, out var error, out var at);
        if (text is null)
        {
            return DataReadResult.Failed(Where(path, at), error == "no such file" ? error : "cannot read the data: " + error);
        }

        if (text.Length == 0)
        {
            return DataReadResult.Failed(SourceLocation.OfFile(path), "the file is empty; expected a map of fields such as 'title:'");
        }

        return Parse(text, path, limits);
    }

    /// <summary>Where a file could not be read: at the bad byte when there is one, else the file.</summary>
    private static SourceLocation Where(string path, (int Line, int Column)? at) =>
        at is var (line, column) ? new SourceLocation(path, line, column) : SourceLocation.OfFile(path);

    /// <summary>
    /// Reads a settings file of a pack (manifest, theme, labels). Unlike data, a settings file
    /// may be empty or hold only comments: every setting then takes its default.
    /// </summary>
    /// <param name="path">The settings file.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    public static DataReadResult LoadSettings(string path, long maxBytes)
    {
        var limits = DataLimits.Default with { MaxBytes = maxBytes };
        var text = IO.BoundedFile.ReadText(path, limits.MaxBytes, out var error, out var at);
        if (text is null)
        {
            return DataReadResult.Failed(Where(path, at), error == "no such file" ? error : "cannot read the settings: " + error);
        }

        return HoldsNothing(text)
            ? new DataReadResult(new DataMap(SourceLocation.OfFile(path), []), [])
            : Parse(text, path, limits);
    }

    /// <summary>True when <paramref name="text"/> has nothing but blank lines and YAML comments.</summary>
    private static bool HoldsNothing(string text) =>
        text.TrimStart('\uFEFF').Split('\n').All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#'));

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
