using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using Emphasis = BriefingGen.Model.Emphasis;
using ListItem = BriefingGen.Model.ListItem;
using Text = BriefingGen.Model.Text;

namespace BriefingGen.Word.Tests;

/// <summary>Every block and inline kind of the model has a Word renderer, and a document using all of them is valid.</summary>
public class CoverageTests
{
    private static IEnumerable<Type> ModelKinds(Type baseType) =>
        typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(baseType) && !t.IsAbstract);

    [Fact]
    public void Every_block_kind_has_a_renderer()
    {
        var covered = WordRenderer.BlockRenderers.Select(r => r.BlockType).ToHashSet();
        Assert.DoesNotContain(ModelKinds(typeof(Block)), t => !covered.Contains(t));
    }

    [Fact]
    public void Every_inline_kind_has_a_renderer()
    {
        var covered = WordRenderer.InlineRenderers.Select(r => r.InlineType).ToHashSet();
        Assert.DoesNotContain(ModelKinds(typeof(Inline)), t => !covered.Contains(t));
    }

    /// <summary>A document with one of everything, built by hand so it does not depend on any template.</summary>
    internal static Model.Document EveryKind()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAFUlEQVR4nGP8z8DAwMDAxMDAwMAAAA0NAQJn0Gx1AAAAAElFTkSuQmCC");
        Text T(string s) => new(s);
        return new Model.Document(
            new DocumentMetadata { Title = "Everything", Language = "en-GB", Classification = "OFFICIAL", Date = new DateOnly(2026, 1, 2) },
            new PageFurniture("Left", "Right", "Footer", "Page {page} of {pages}"),
            [
                new Model.Paragraph([T("Everything")], ParagraphRoles.Title),
                new TableOfContents("Contents"),
                new Heading(1, [T("First")], "first"),
                new Model.Paragraph([T("Plain "), new Emphasis([T("em")]), new Strong([T("strong")]), new Code("code"), new LineBreak(),
                    new Link("https://example.org", [T("web")]), new Link("#second", [T("internal")]), new Link("#missing", [T("dangling")]),
                    new Model.FootnoteReference([new Model.Paragraph([T("A footnote.")])])]),
                new ListBlock(false, [new ListItem([new Model.Paragraph([T("bullet")]), new ListBlock(true, [new ListItem([new Model.Paragraph([T("nested")])])], 3)])]),
                new Model.Table([0.5, 0.5], [new Model.TableRow([new Model.TableCell([new Model.Paragraph([T("H1")])]), new Model.TableCell([])])],
                    [new Model.TableRow([new Model.TableCell([new Model.Paragraph([T("x")])], CellAlignment.Right, "risk-high"), new Model.TableCell([])])], "A caption"),
                new Callout("warning", "Careful", [new Model.Paragraph([T("inside")])]),
                new Quote([new Model.Paragraph([T("quoted")])]),
                new Figure(new ImageData(png, ImageFormat.Png, 2, 3), "Two by three pixels", "A figure"),
                new PageBreak(),
                new Heading(2, [T("Second")], "second"),
                new RiskMatrix([new RiskPoint("R1", 5, 5), new RiskPoint("R2", 1, 1)], "Likelihood", "Impact"),
            ]);
    }

    [Fact]
    public void A_document_with_every_kind_is_valid()
    {
        using var stream = new MemoryStream();
        new WordRenderer().Render(new RenderInput(EveryKind(), Theme.Default, null), stream);
        var bytes = stream.ToArray();
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
        Assert.Equal("Two by three pixels", body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value);
    }
}
