namespace BriefingGen.Server.Packs;

/// <summary>The data formats a request may send, and the name the engine reads each under.</summary>
internal static class DataFormats
{
    /// <summary>The formats, as requests name them.</summary>
    public static IReadOnlyList<string> All { get; } = ["yaml", "json"];

    /// <summary>The name data of <paramref name="format"/> is read as, which diagnostics show as its file.</summary>
    public static string SourceName(string format) => format == "json" ? "data.json" : "data.yaml";

    /// <summary>The format of a data file by its extension, or null when it is not data.</summary>
    public static string? FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => "yaml",
        ".json" => "json",
        _ => null,
    };
}
