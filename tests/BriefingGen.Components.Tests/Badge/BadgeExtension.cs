using BriefingGen.Compose;
using BriefingGen.Extensions;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace BriefingGen.Components.Tests.Badge;

/// <summary>
/// A whole component outside the product's assemblies: a template function, a node kind and a
/// renderer for each backend, registered through <see cref="IBriefingExtension"/> alone.
/// </summary>
internal sealed class BadgeExtension : IBriefingExtension
{
    /// <summary>The badge's fill.</summary>
    public const string Fill = "B00020";

    /// <inheritdoc />
    public string Name => "badge";

    /// <inheritdoc />
    public void Register(ExtensionBuilder builder) => builder
        .AddFunction(new TemplateFunction("badge", 1, 1, call => new Badge(call.Text(0).ToUpperInvariant()) { Origin = call.OriginOf(call.Argument(0)) }))
        .AddRenderer(new WordBadge())
        .AddRenderer(new PdfBadge());

    /// <summary>Word: a bold white run on a shaded background.</summary>
    private sealed class WordBadge : WordInlineRenderer<Badge>
    {
        protected override IEnumerable<OpenXmlElement> Write(Badge inline, WordRenderContext context, RunFormat format) =>
            [new Run(new RunProperties(new Bold(), new Color { Val = "FFFFFF" }, new Shading { Val = ShadingPatternValues.Clear, Fill = Fill, Color = "auto" }), new Text(inline.Label))];
    }

    /// <summary>PDF: the label in bold, in the badge's colour.</summary>
    private sealed class PdfBadge : PdfInlineRenderer<Badge>
    {
        protected override void Write(Badge inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
            spans.Add(new TextSpan(inline.Label, style with { Bold = true, Color = Fill }, link));
    }
}
