using System.Text.Json;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>The objects of a PDF as qpdf reads them (qpdf --json), for checking structure: links, outline, catalog.</summary>
internal sealed class PdfObjects
{
    private PdfObjects(List<JsonElement> dictionaries, JsonElement trailer)
    {
        Dictionaries = dictionaries;
        Trailer = trailer;
    }

    /// <summary>Every dictionary object (stream dictionaries included).</summary>
    public List<JsonElement> Dictionaries { get; }

    /// <summary>The trailer: with a cross-reference stream, that stream's dictionary.</summary>
    public JsonElement Trailer { get; }

    /// <summary>Link annotations.</summary>
    public IEnumerable<JsonElement> Links => Dictionaries.Where(d => Name(d, "/Subtype") == "/Link");

    /// <summary>The URIs external links point to.</summary>
    public IEnumerable<string> Uris => Links.Where(l => l.TryGetProperty("/A", out _)).Select(l => Text(l.GetProperty("/A").GetProperty("/URI")));

    /// <summary>Outline items' titles.</summary>
    public IEnumerable<string> OutlineTitles => Dictionaries.Where(d => d.TryGetProperty("/Title", out _) && d.TryGetProperty("/Parent", out _)).Select(d => Text(d.GetProperty("/Title")));

    /// <summary>The document catalog.</summary>
    public JsonElement Catalog => Dictionaries.Single(d => Name(d, "/Type") == "/Catalog");

    /// <summary>Reads <paramref name="pdf"/>.</summary>
    public static PdfObjects Read(string pdf)
    {
        var json = PdfTools.Run("qpdf", "--json=2", "--json-key=qpdf", pdf).Output;
        using var document = JsonDocument.Parse(json);
        var objects = document.RootElement.GetProperty("qpdf")[1];
        var dictionaries = new List<JsonElement>();
        foreach (var entry in objects.EnumerateObject())
        {
            var holder = entry.Value;
            var value = holder.TryGetProperty("value", out var v) ? v : holder.TryGetProperty("stream", out var s) ? s.GetProperty("dict") : default;
            if (value.ValueKind == JsonValueKind.Object)
            {
                dictionaries.Add(value.Clone());
            }
        }

        return new PdfObjects(dictionaries, objects.GetProperty("trailer").GetProperty("value").Clone());
    }

    /// <summary>A name-valued key, or null.</summary>
    public static string? Name(JsonElement dictionary, string key) =>
        dictionary.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>qpdf writes strings as "u:text" (Unicode) or "b:hex"; this gives the text.</summary>
    public static string Text(JsonElement value)
    {
        var raw = value.GetString() ?? "";
        return raw.StartsWith("u:", StringComparison.Ordinal) ? raw[2..] : raw;
    }
}
