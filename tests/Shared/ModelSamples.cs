using BriefingGen.Components;
using BriefingGen.Components.Charts;
using BriefingGen.Components.RiskMatrix;
using BriefingGen.Extensions;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Testing;

/// <summary>Documents built by hand from the model, so renderer tests do not depend on any template.</summary>
internal static class ModelSamples
{
    /// <summary>
    /// A document with one of everything, built by hand so it does not depend on any template: two
    /// sections (the second landscape, numbered from i again), every block and inline kind, and the
    /// risk matrix and chart components.
    /// </summary>
    public static Document EveryKind()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGM4IScnd0KOAYUCAEIPBhl6wJ3XAAAAAElFTkSuQmCC");
        Text T(string s) => new(s);
        var metadata = new DocumentMetadata { Title = "Everything", Language = "en-GB", Classification = "OFFICIAL", Date = new DateOnly(2026, 1, 2) };
        var furniture = new PageFurniture([T("Left")], [T("Right")], [T("Footer")], [T("Page "), new PageNumber(), T(" of "), new PageCount()]);
        var first = new Section(
            [
                new Paragraph([T("Everything")], ParagraphRoles.Title),
                new TableOfContents([T("Contents")]),
                new Heading(1, [T("First")], "first"),
                new Paragraph([T("Plain "), new Emphasis([T("em")]), new Strong([T("strong")]), new Code("code"), new LineBreak(),
                    new Link("https://example.org", [T("web")]), new Link("#second", [T("internal")]), new Link("#missing", [T("dangling")]),
                    new ShadedText("risk-high", [T("High")]),
                    new TrackedChange(TrackedChangeKind.Deleted, [T("was")], "BriefingGen", "2026-01-02"), new TrackedChange(TrackedChangeKind.Inserted, [T("is")], "BriefingGen", "2026-01-02"),
                    new FootnoteReference([new Paragraph([T("A footnote.")])])]),
                new ListBlock(false, [new ListItem([new Paragraph([T("bullet")]), new ListBlock(true, [new ListItem([new Paragraph([T("nested")])])], 3)])]),
                new Table([0.5, 0.5], [new TableRow([new TableCell([new Paragraph([T("H1")])]), new TableCell([])])],
                    [new TableRow([new TableCell([new Paragraph([T("x")])], CellAlignment.Right, "risk-high"), new TableCell([])])], [T("A caption")]),
                new Callout("warning", [T("Careful")], [new Paragraph([T("inside")])]),
                new Quote([new Paragraph([T("quoted")])]),
                new Figure(new ImageData(png, ImageFormat.Png, 2, 3), "Two by three pixels", [T("A figure")]),
                new PageBreak(),
            ],
            PageLayout.A4,
            furniture,
            PageNumbering.Default,
            metadata);
        var second = new Section(
            [
                new Heading(2, [T("Second")], "second"),
                new RiskMatrix([new RiskPoint("R1", 5, 5), new RiskPoint("R2", 1, 1)], "Likelihood", "Impact"),
                new Chart(
                    ChartKind.Column,
                    ["North", "South"],
                    [new ChartSeries("Calls", [12, 7], SeriesMark.Bar, Secondary: false)],
                    new ChartAxis("Port calls")) { KindName = "Column chart" },
            ],
            PageLayout.A4.Oriented(landscape: true),
            furniture,
            new PageNumbering(Restart: true, Start: 1, Format: PageNumberFormat.LowerRoman),
            metadata);
        return new Document(metadata, [first, second]);
    }

    /// <summary>A document of one A4 section holding <paramref name="blocks"/>.</summary>
    public static Document Of(params Block[] blocks)
    {
        var metadata = new DocumentMetadata { Title = "Test", Language = "en-GB" };
        return new Document(metadata, [new Section(blocks, PageLayout.A4, PageFurniture.Empty, PageNumbering.Default, metadata)]);
    }

    /// <summary>What a renderer gets for <paramref name="document"/>: the policy-brief pack's stylesheet and every built-in component's renderers.</summary>
    public static RenderInput Input(Document document) =>
        new(document, TestEngines.PolicyBrief.StyleSheet!) { ComponentRenderers = AllComponentRenderers };

    private static IReadOnlyList<object> AllComponentRenderers { get; } = new ExtensionSet(BuiltInComponents.All).Renderers;
}
