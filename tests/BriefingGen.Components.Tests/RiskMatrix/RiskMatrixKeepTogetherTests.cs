using BriefingGen.Components.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Components.Tests.RiskMatrix;

/// <summary>The matrix, its heading and its legend stay on one page, wherever the page ends, in both formats.</summary>
public class RiskMatrixKeepTogetherTests
{
    /// <summary>A Norwegian paper whose background grows by <paramref name="lines"/> sentences, moving the matrix down the page.</summary>
    private static string Paper(int lines) => $$"""
        title: Norges politikk overfor Russland
        date: 2026-10-05
        language: nb-NO
        summary: Norges politikk overfor Russland hviler på to pilarer.
        background: "{{string.Concat(Enumerable.Repeat("Samarbeidet i nord har lange røtter og fortsetter der det tjener begge land. ", lines))}}"
        pillars:
          - name: Sikkerhet
            commitments: [Delta i NATOs kollektive forsvar.]
        cooperation_areas:
          - { name: Fiskeri, status: active, outlook: stable }
        risks:
          - { title: Hendelse i Barentshavet, likelihood: 3, impact: 5, trend: rising }
          - { title: Brudd i fiskeriavtalen, likelihood: 2, impact: 4, trend: stable }
        """;

    [Fact]
    public void In_Word_every_row_but_the_last_keeps_with_the_next_and_none_splits()
    {
        using var paper = BriefOutputs.Of(Paper(0));
        var matrix = paper.WordTables.Single(t => t.Descendants<TableCaption>().Single().Val == "Risikomatrise");
        var rows = matrix.Elements<TableRow>().ToList();
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
        Assert.All(rows.SkipLast(1).SelectMany(r => r.Descendants<Paragraph>()), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));

        // The heading above keeps with the grid's first row, so it moves with the matrix.
        var heading = Assert.IsType<Paragraph>(matrix.PreviousSibling());
        Assert.Equal("Heading2", heading.ParagraphProperties!.ParagraphStyleId!.Val);
        Assert.NotNull(heading.ParagraphProperties.KeepNext);
        Assert.Empty(paper.WordErrors());
    }

    [Fact]
    public void In_the_PDF_heading_matrix_and_legend_share_a_page_wherever_the_page_ends()
    {
        var pages = new HashSet<int>();
        for (var lines = 0; lines <= 120; lines += 8)
        {
            using var paper = BriefOutputs.Of(Paper(lines));
            var words = paper.PdfWords();
            var heading = words.Single(w => w.Text == "Risikomatrise").Page;
            Assert.Equal(heading, words.Single(w => w.Text == "Konsekvens").Page);
            Assert.Equal(heading, words.Single(w => w.Text == "Kritisk").Page);
            Assert.Equal(heading, words.Single(w => w.Text == "20–25").Page);
            pages.Add(heading);
        }

        // The longer backgrounds push the matrix over the page edge, so the rule was put to the test.
        Assert.True(pages.Count > 1);
    }
}
