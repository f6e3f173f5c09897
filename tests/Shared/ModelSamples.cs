using BriefingGen.Model;

namespace BriefingGen.Testing;

/// <summary>Documents built by hand from the model, so renderer tests do not depend on any template.</summary>
internal static class ModelSamples
{
    /// <summary>A document with one of everything, built by hand so it does not depend on any template.</summary>
    public static Document EveryKind()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGM4IScnd0KOAYUCAEIPBhl6wJ3XAAAAAElFTkSuQmCC");
        Text T(string s) => new(s);
        return new Document(
            new DocumentMetadata { Title = "Everything", Language = "en-GB", Classification = "OFFICIAL", Date = new DateOnly(2026, 1, 2) },
            new PageFurniture("Left", "Right", "Footer", "Page {page} of {pages}"),
            [
                new Paragraph([T("Everything")], ParagraphRoles.Title),
                new TableOfContents("Contents"),
                new Heading(1, [T("First")], "first"),
                new Paragraph([T("Plain "), new Emphasis([T("em")]), new Strong([T("strong")]), new Code("code"), new LineBreak(),
                    new Link("https://example.org", [T("web")]), new Link("#second", [T("internal")]), new Link("#missing", [T("dangling")]),
                    new FootnoteReference([new Paragraph([T("A footnote.")])])]),
                new ListBlock(false, [new ListItem([new Paragraph([T("bullet")]), new ListBlock(true, [new ListItem([new Paragraph([T("nested")])])], 3)])]),
                new Table([0.5, 0.5], [new TableRow([new TableCell([new Paragraph([T("H1")])]), new TableCell([])])],
                    [new TableRow([new TableCell([new Paragraph([T("x")])], CellAlignment.Right, "risk-high"), new TableCell([])])], "A caption"),
                new Callout("warning", "Careful", [new Paragraph([T("inside")])]),
                new Quote([new Paragraph([T("quoted")])]),
                new Figure(new ImageData(png, ImageFormat.Png, 2, 3), "Two by three pixels", "A figure"),
                new PageBreak(),
                new Heading(2, [T("Second")], "second"),
                new RiskMatrix([new RiskPoint("R1", 5, 5), new RiskPoint("R2", 1, 1)], "Likelihood", "Impact"),
            ]);
    }
}
