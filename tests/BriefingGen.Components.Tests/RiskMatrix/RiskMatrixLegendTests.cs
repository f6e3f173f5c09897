using System.Globalization;
using BriefingGen.Components.RiskMatrix;
using BriefingGen.Components.Tests.Support;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Styling;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefingGen.Pdf.Tests.Support.TestFonts;

namespace BriefingGen.Components.Tests.RiskMatrix;

/// <summary>
/// The matrix explains itself without colour: a legend of bands and scores in the document's
/// language, each cell's score, bands that step from light to dark in greyscale, and alternative
/// text that lists every risk and its cell.
/// </summary>
public class RiskMatrixLegendTests
{
    private static readonly StyleSheet Sheet = TestEngines.PolicyBrief.StyleSheet!;

    private const string Norwegian = """
        title: Norges politikk overfor Russland
        date: 2026-10-05
        language: nb-NO
        summary: Kort.
        pillars:
          - name: Sikkerhet
        risks:
          - { id: R1, title: Hendelse i Barentshavet, likelihood: 3, impact: 5 }
          - { id: R2, title: Brudd i fiskeriavtalen, likelihood: 2, impact: 4 }
        """;

    private static readonly string[] NorwegianLegend = ["Nivå etter risikotall", "Lav", "1–4", "Middels", "5–9", "Høy", "10–16", "Kritisk", "20–25"];

    /// <summary>The matrix: the one table with a title turned on end, the likelihood axis's.</summary>
    private static Table WordMatrix(BriefOutputs paper) => paper.WordTables.Single(t => t.Descendants<TextDirection>().Any());

    [Fact]
    public void Word_ends_the_matrix_with_a_legend_of_shaded_bands_in_the_documents_language()
    {
        using var paper = BriefOutputs.Of(Norwegian);
        var legend = WordMatrix(paper).Elements<TableRow>().Last();
        Assert.Equal(NorwegianLegend, legend.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
        var fills = legend.Elements<TableCell>().Select(c => c.TableCellProperties?.Shading?.Fill?.Value).OfType<string>();
        Assert.Equal(RiskBands.All.Select(b => Sheet.Shades["risk-" + b].Fill), fills);
    }

    [Fact]
    public void The_PDF_ends_the_matrix_with_the_same_legend()
    {
        using var paper = BriefOutputs.Of(Norwegian);
        var text = PdfTools.Text(paper.Pdf, raw: true).ReplaceLineEndings(" ");
        var at = text.IndexOf("Konsekvens", StringComparison.Ordinal);
        foreach (var part in NorwegianLegend.SelectMany(l => l.Split(' ')))
        {
            var next = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(next > at, $"'{part}' is not after the impact title in the PDF");
            at = next;
        }
    }

    [Fact]
    public void Each_Word_cell_shows_its_score_above_its_ids()
    {
        using var paper = BriefOutputs.Sample();
        var grid = WordMatrix(paper).Elements<TableRow>().Take(5).ToList();
        for (var row = 0; row < 5; row++)
        {
            var likelihood = 5 - row;
            var cells = grid[row].Elements<TableCell>().Skip(2).ToList();
            for (var impact = 1; impact <= 5; impact++)
            {
                var paragraphs = cells[impact - 1].Elements<Paragraph>().Select(p => p.InnerText).ToList();
                Assert.Equal((likelihood * impact).ToString(CultureInfo.InvariantCulture), paragraphs[0]);
            }
        }

        Assert.Equal(["15", "R1"], grid[2].Elements<TableCell>().Last().Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Each_PDF_cell_shows_its_score_inside_its_fill()
    {
        var matrix = new Components.RiskMatrix.RiskMatrix([new RiskPoint("R1", 3, 5)], "Likelihood", "Impact");
        var element = new RiskMatrixElement(matrix, Sheet, Book, new TextLayouter(Book), Style(8), Style(6.5), 700);
        var plan = element.Measure(new Size(450, 700));
        var canvas = new RecordingCanvas();
        canvas.BeginPage(600, 800);
        element.Draw(new DrawContext(canvas, 1, 1, _ => null), new Area(0, 0, 450, plan.Height));
        var drawn = canvas.Pages[0];
        var fills = drawn.OfType<DrawnFill>().Take(25).ToList();
        var texts = drawn.OfType<DrawnText>().ToList();
        for (var i = 0; i < 25; i++)
        {
            var (likelihood, impact) = (5 - (i / 5), 1 + (i % 5));
            var fill = fills[i];
            Assert.Equal(RiskShades.For(Sheet, RiskBands.Of(likelihood * impact)).Fill, fill.Color);
            Assert.Contains(texts, t => t.Text == (likelihood * impact).ToString(CultureInfo.InvariantCulture)
                && t.X >= fill.X && t.X + t.Width <= fill.X + fill.Width && t.Baseline > fill.Y && t.Baseline < fill.Y + fill.Height);
        }
    }

    [Fact]
    public void The_bands_step_from_light_to_dark_in_greyscale_in_both_formats()
    {
        using var paper = BriefOutputs.Sample();
        var word = WordMatrix(paper).Elements<TableRow>().Last().Elements<TableCell>()
            .Select(c => c.TableCellProperties?.Shading?.Fill?.Value).OfType<string>().ToList();
        var matrix = new Components.RiskMatrix.RiskMatrix([], "Likelihood", "Impact");
        var element = new RiskMatrixElement(matrix, Sheet, Book, new TextLayouter(Book), Style(8), Style(6.5), 700);
        var canvas = new RecordingCanvas();
        canvas.BeginPage(600, 800);
        element.Draw(new DrawContext(canvas, 1, 1, _ => null), new Area(0, 0, 450, element.Measure(new Size(450, 700)).Height));
        var pdf = canvas.Pages[0].OfType<DrawnFill>().TakeLast(4).Select(f => f.Color).ToList();

        foreach (var fills in new[] { word, pdf })
        {
            Assert.Equal(4, fills.Count);
            var greys = fills.Select(Contrast.Grey).ToList();
            Assert.All(greys.Zip(greys.Skip(1)), p => Assert.True(p.First - p.Second >= ThemeLoader.MinimumGreyStep, $"grey {p.First:0} then {p.Second:0}"));
        }
    }

    [Fact]
    public void A_theme_without_band_shades_still_draws_bands_that_differ_in_greyscale()
    {
        var plain = Sheet with { Shades = new Dictionary<string, Shade>() };
        var greys = RiskBands.All.Select(b => Contrast.Grey(RiskShades.For(plain, b).Fill)).ToList();
        Assert.All(greys.Zip(greys.Skip(1)), p => Assert.True(p.First - p.Second >= ThemeLoader.MinimumGreyStep));
        Assert.All(RiskBands.All, b => Assert.True(Contrast.Ratio(RiskShades.For(plain, b).Fill, RiskShades.For(plain, b).Text) >= ThemeLoader.MinimumContrast));
    }

    [Fact]
    public void Word_alternative_text_titles_the_matrix_and_lists_every_risk_and_its_cell_as_the_PDF_does()
    {
        using var paper = BriefOutputs.Sample();
        var properties = WordMatrix(paper).GetFirstChild<TableProperties>()!;
        Assert.Equal("Risk matrix", properties.GetFirstChild<TableCaption>()!.Val!.Value);
        var description = properties.GetFirstChild<TableDescription>()!.Val!.Value!;
        var pdf = System.Text.RegularExpressions.Regex.Unescape(PdfTools.Run("qpdf", "--json", paper.Pdf).Output);
        var risks = paper.Result.Document!.Sections.SelectMany(s => s.Blocks).OfType<Components.RiskMatrix.RiskMatrix>().Single().Risks;
        Assert.Equal(6, risks.Count);
        foreach (var risk in risks)
        {
            var cell = $"{risk.Id} {risk.Likelihood} × {risk.Impact}";
            Assert.Contains(cell, description, StringComparison.Ordinal);
            Assert.Contains(cell, pdf, StringComparison.Ordinal);
        }

        Assert.Contains(description, pdf, StringComparison.Ordinal);

        // The grid's first row is not a header: the table style's first-row look must not touch it.
        Assert.False(properties.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableLook>()!.FirstRow!.Value);
    }
}
