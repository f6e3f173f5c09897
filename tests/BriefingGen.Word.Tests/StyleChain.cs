using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Reads a property of a Word style as Word resolves it: the style's own, else the nearest style it is based on.</summary>
internal static class StyleChain
{
    /// <summary>The styles of <paramref name="document"/>.</summary>
    public static IReadOnlyList<Style> Styles(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();

    /// <summary>The style <paramref name="id"/> and those it is based on, nearest first.</summary>
    public static IReadOnlyList<Style> Of(WordprocessingDocument document, string id)
    {
        var styles = Styles(document);
        var chain = new List<Style>();
        for (var next = id; next is not null && chain.Count < 20;)
        {
            var style = styles.Single(s => s.StyleId == next);
            chain.Add(style);
            next = style.BasedOn?.Val?.Value;
        }

        return chain;
    }

    /// <summary>The nearest paragraph property of kind <typeparamref name="T"/> along the chain of <paramref name="id"/>, or null.</summary>
    public static T? Paragraph<T>(WordprocessingDocument document, string id)
        where T : OpenXmlElement =>
        Of(document, id).Select(s => s.StyleParagraphProperties?.GetFirstChild<T>()).FirstOrDefault(p => p is not null);

    /// <summary>True when an on/off paragraph property is on along the chain of <paramref name="id"/>.</summary>
    public static bool IsOn<T>(WordprocessingDocument document, string id)
        where T : OnOffType => Paragraph<T>(document, id) is { } flag && (flag.Val?.Value ?? true);
}
