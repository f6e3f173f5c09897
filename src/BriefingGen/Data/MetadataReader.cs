using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Data;

/// <summary>
/// Fills the document's metadata from well-known top-level data fields, whatever the pack:
/// <c>title</c>, <c>subtitle</c>, <c>date</c>, <c>classification</c>, <c>reference</c>,
/// <c>author</c> (text, or a map with <c>name</c> and <c>organisation</c>), <c>subject</c> and
/// <c>keywords</c>.
/// </summary>
internal static class MetadataReader
{
    /// <summary>Reads the metadata; <paramref name="culture"/> is the document's resolved culture.</summary>
    public static DocumentMetadata Read(DataNode root, CultureInfo culture)
    {
        var map = root as DataMap;
        string? Text(DataNode? node) => node is DataScalar { Kind: not ScalarKind.Null } s && s.Text.Trim().Length > 0 ? s.Text.Trim() : null;
        var author = map?["author"];
        return new DocumentMetadata
        {
            Title = Text(map?["title"]) ?? "",
            Subtitle = Text(map?["subtitle"]),
            Date = Text(map?["date"]) is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            Language = culture.Name,
            Classification = Text(map?["classification"]),
            Reference = Text(map?["reference"]),
            Author = author is DataMap a ? Text(a["name"]) : Text(author),
            Organisation = author is DataMap o ? Text(o["organisation"]) : null,
            Subject = Text(map?["subject"]) ?? Text(map?["subtitle"]),
            Keywords = map?["keywords"] is DataList k ? k.Items.Select(Text).OfType<string>().ToArray() : [],
        };
    }
}
