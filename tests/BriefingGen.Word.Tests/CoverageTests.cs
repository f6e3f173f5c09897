using BriefingGen.Model;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Every block and inline kind of the model has a Word renderer, and a document using all of them is valid.</summary>
public class CoverageTests
{
    /// <summary>The public model kinds, built-in and the shipped components'.</summary>
    private static IEnumerable<Type> ModelKinds(Type baseType) =>
        new[] { typeof(Block).Assembly, typeof(Components.BuiltInComponents).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(baseType) && !t.IsAbstract && t.IsPublic);

    private static readonly IReadOnlyList<object> ComponentRenderers = new Extensions.ExtensionSet(Components.BuiltInComponents.All).Renderers;

    [Fact]
    public void Every_block_kind_has_a_renderer()
    {
        var covered = WordRenderer.BlockRenderers.Concat(ComponentRenderers.OfType<IWordBlockRenderer>()).Select(r => r.BlockType).ToHashSet();
        Assert.DoesNotContain(ModelKinds(typeof(Block)), t => !covered.Contains(t));
    }

    [Fact]
    public void Every_inline_kind_has_a_renderer()
    {
        var covered = WordRenderer.InlineRenderers.Concat(ComponentRenderers.OfType<IWordInlineRenderer>()).Select(r => r.InlineType).ToHashSet();
        Assert.DoesNotContain(ModelKinds(typeof(Inline)), t => !covered.Contains(t));
    }

    [Fact]
    public void A_document_with_every_kind_is_valid()
    {
        var bytes = WordOutput.Render(ModelSamples.EveryKind());
        var errors = WordOutput.ValidationErrors(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Single(document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>(), f => f.Id! > 0);
        Assert.Single(document.MainDocumentPart.ImageParts);
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<Hyperlink>(), h => h.Anchor?.Value == "h_second");
        Assert.DoesNotContain(body.Descendants<Hyperlink>(), h => h.InnerText == "dangling");
        Assert.Contains("dangling", body.InnerText, StringComparison.Ordinal);
        var descriptions = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(p => p.Description?.Value ?? "").ToList();
        Assert.Equal(2, descriptions.Count);
        Assert.Contains("Two by three pixels", descriptions);
        Assert.Contains(descriptions, d => d.StartsWith("Column chart", StringComparison.Ordinal));
        Assert.Single(document.MainDocumentPart.ChartParts);
    }
}
