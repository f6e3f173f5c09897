using BriefingGen.Data;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// One generated data file: its bytes, its extension (which picks the reader), how it was made, and
/// the tree it was written from when it was made at the tree level (null for changes to the bytes).
/// </summary>
/// <param name="Extension">.yaml, .yml or .json.</param>
/// <param name="Bytes">The file's contents.</param>
/// <param name="Recipe">One line per step that made it from the sample.</param>
/// <param name="Tree">The tree written, when the case was made as a tree.</param>
internal sealed record FuzzCase(string Extension, byte[] Bytes, IReadOnlyList<string> Recipe, DataNode? Tree)
{
    /// <summary>The name the data file gets; the papers are named after it.</summary>
    public string FileName => "brief" + Extension;

    /// <summary>A case written from <paramref name="tree"/> as YAML or JSON.</summary>
    public static FuzzCase FromTree(DataNode tree, bool json, IReadOnlyList<string> recipe)
    {
        var text = json ? JsonDataWriter.Write(tree) : YamlDataWriter.Write(tree);
        return new FuzzCase(json ? ".json" : ".yaml", System.Text.Encoding.UTF8.GetBytes(text), [.. recipe, "written as " + (json ? "JSON" : "YAML")], tree);
    }
}
