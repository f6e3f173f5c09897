using System.Buffers;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefingGen.Server.Api;

/// <summary>
/// What <c>/api/preview</c> answers, written as JSON straight from the SVG's UTF-8 bytes:
/// <c>{pageCount, pageLabels, svg, diagnostics}</c>, where <c>pageLabels</c> are each page's printed
/// number in order (sections may number i, ii… or restart) and <c>svg</c> is one document with
/// every page a nested <c>&lt;svg class="page"&gt;</c>. A long paper's pages run to megabytes; made
/// into a .NET string first, they would be copied twice more (into UTF-16 and back) per preview.
/// </summary>
internal static class PreviewJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How each page of the SVG the PDF engine's <c>SvgPageRenderer</c> writes begins, up to its printed number.</summary>
    private static ReadOnlySpan<byte> PageStart => "<svg class=\"page\" id=\"page-"u8;

    private static ReadOnlySpan<byte> LabelStart => "data-label=\""u8;

    /// <summary>The answer's JSON for pages <paramref name="svg"/> and <paramref name="diagnostics"/>.</summary>
    public static byte[] Write(ReadOnlySpan<byte> svg, IReadOnlyList<DiagnosticItem> diagnostics)
    {
        var labels = PageLabels(svg);
        var buffer = new ArrayBufferWriter<byte>(svg.Length + (svg.Length / 8) + 4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("pageCount", labels.Count);
            json.WriteStartArray("pageLabels");
            foreach (var label in labels)
            {
                json.WriteStringValue(label);
            }

            json.WriteEndArray();
            json.WriteString("svg", svg);
            json.WritePropertyName("diagnostics");
            JsonSerializer.Serialize(json, diagnostics, ServerJson.Relaxed.IReadOnlyListDiagnosticItem);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Each page's <c>data-label</c>, unescaped, in order.</summary>
    internal static List<string> PageLabels(ReadOnlySpan<byte> svg)
    {
        var labels = new List<string>();
        var rest = svg;
        while (rest.IndexOf(PageStart) is var page and >= 0)
        {
            rest = rest[(page + PageStart.Length)..];
            var tagEnd = rest.IndexOf((byte)'>');
            var tag = tagEnd < 0 ? rest : rest[..tagEnd];
            var at = tag.IndexOf(LabelStart);
            if (at < 0)
            {
                continue;
            }

            var value = tag[(at + LabelStart.Length)..];
            var end = value.IndexOf((byte)'"');
            labels.Add(WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(end < 0 ? value : value[..end])));
        }

        return labels;
    }
}
