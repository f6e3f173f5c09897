using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Html.Mail;
using BriefingGen.Html.PlainText;
using BriefingGen.Model;
using BriefingGen.Pdf;
using BriefingGen.Rendering;
using BriefingGen.Testing;

namespace BriefingGen.Html.Tests.Support;

/// <summary>Renders documents to the HTML backend's formats and reads what came out.</summary>
internal static partial class HtmlOutput
{
    /// <summary>One PDF renderer for the tests (it caches fonts).</summary>
    public static PdfRenderer Pdf { get; } = new();

    /// <summary>The page for <paramref name="document"/>.</summary>
    public static string Page(Document document) => Text(new HtmlRenderer(), document);

    /// <summary>The e-mail HTML for <paramref name="document"/>.</summary>
    public static string Email(Document document) => Text(new HtmlEmailRenderer(), document);

    /// <summary>The plain-text alternative for <paramref name="document"/>.</summary>
    public static string Plain(Document document) => Text(new PlainTextRenderer(), document);

    /// <summary>The message for <paramref name="document"/>.</summary>
    public static byte[] Eml(Document document, MailEnvelope? envelope = null) => Bytes(new EmlRenderer(Pdf, envelope ?? MailEnvelope.None), document);

    /// <summary>The bytes <paramref name="renderer"/> writes for <paramref name="document"/>.</summary>
    public static byte[] Bytes(IDocumentRenderer renderer, Document document)
    {
        using var stream = new MemoryStream();
        renderer.Render(ModelSamples.Input(document), stream);
        return stream.ToArray();
    }

    /// <summary>The sample paper, composed by the policy-brief pack.</summary>
    public static Document Sample { get; } = TestEngines.Sample();

    /// <summary>The heading levels of <paramref name="html"/> in document order.</summary>
    public static IReadOnlyList<int> HeadingLevels(string html) =>
        [.. HeadingTag().Matches(html).Select(m => m.Groups[1].Value[0] - '0')];

    /// <summary>The opening tags named <paramref name="name"/> in <paramref name="html"/>.</summary>
    public static IReadOnlyList<string> Tags(string html, string name) =>
        [.. Regex.Matches(html, $"<{name}(?:\\s[^>]*)?>", RegexOptions.None, TimeSpan.FromSeconds(5)).Select(m => m.Value)];

    /// <summary>The value of <paramref name="attribute"/> in an opening tag, or null.</summary>
    public static string? Attribute(string tag, string attribute) =>
        Regex.Match(tag, $"\\s{attribute}=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(5)) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The names of every attribute of every tag in <paramref name="html"/>, read as a browser reads them.</summary>
    public static IReadOnlyList<string> AttributeNames(string html) =>
        [.. Regex.Matches(html, "<[a-zA-Z][a-zA-Z0-9]*((?:\\s+[^\\s=>/]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s>]*))?)*)\\s*/?>", RegexOptions.None, TimeSpan.FromSeconds(5))
            .SelectMany(tag => Regex.Matches(tag.Groups[1].Value, "\\s+([^\\s=>/]+)(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s>]*))?", RegexOptions.None, TimeSpan.FromSeconds(5)))
            .Select(a => a.Groups[1].Value.ToLowerInvariant())];

    private static string Text(IDocumentRenderer renderer, Document document) => Encoding.UTF8.GetString(Bytes(renderer, document));

    [GeneratedRegex("<h([1-6])[\\s>]")]
    private static partial Regex HeadingTag();
}
