using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace BriefingGen.Templates;

/// <summary>
/// The Scriban context every pack template runs in. It escapes each value a template writes unless
/// the value is <see cref="MarkdownText"/>, so data can never inject markup, and it carries the
/// document's culture and labels for the built-in functions.
/// </summary>
internal sealed class BriefingTemplateContext : TemplateContext
{
    /// <summary>Creates a context for one render.</summary>
    /// <param name="culture">The document's culture, for dates and numbers.</param>
    /// <param name="labels">The pack's labels in the document's language.</param>
    /// <param name="escape">False for plain-text outputs (header and footer), which are not Markdown.</param>
    public BriefingTemplateContext(CultureInfo culture, IReadOnlyDictionary<string, string> labels, bool escape)
    {
        Culture = culture;
        Labels = labels;
        Escape = escape;
    }

    /// <summary>The document's culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Label texts by key, in the document's language.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Whether values are escaped for Markdown.</summary>
    public bool Escape { get; }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject is MarkdownText markdown
            ? markdown.Value
            : Escape ? MarkdownEscaper.Escape(ObjectToString(textAsObject)) : ObjectToString(textAsObject);
        return base.Write(span, text);
    }

    /// <inheritdoc />
    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        // Numbers print in the document's culture: 1 234,5 in Norwegian, not 1,234.5.
        double d => d.ToString("#,0.##", Culture),
        float f => f.ToString("#,0.##", Culture),
        decimal m => m.ToString("#,0.##", Culture),
        _ => base.ObjectToString(value, nested) ?? "",
    };
}
