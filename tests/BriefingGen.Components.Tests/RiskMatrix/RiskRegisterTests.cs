using BriefingGen.Components.Tests.Support;
using BriefingGen.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace BriefingGen.Components.Tests.RiskMatrix;

/// <summary>
/// The policy brief's risk register in Word and PDF: the score on one line and set right on its
/// operators, columns nobody filled in left out, its alternative text, and its Norwegian header.
/// </summary>
public class RiskRegisterTests
{
    /// <summary>Long words in other columns, which squeeze the score's column hardest.</summary>
    private const string LongWords = """
        title: A register with long words
        date: 2026-10-05
        summary: Short.
        pillars:
          - name: Security
        risks:
          - { id: R1, title: Decommissioning delayed, likelihood: 3, impact: 4, trend: rising, mitigation: Internationalisation of funding, owner: Telecommunications authority }
          - { id: R2, title: Quota talks fail, likelihood: 2, impact: 2, trend: stable, mitigation: Keep talks separate, owner: Fisheries ministry }
        """;

    private const string Norwegian = """
        title: Norges politikk overfor Russland
        date: 2026-10-05
        language: nb-NO
        summary: Kort.
        pillars:
          - name: Sikkerhet
        cooperation_areas:
          - { name: Fiskeri, status: active, outlook: stable }
        risks:
          - { title: Hendelse i Barentshavet, likelihood: 3, impact: 5, trend: rising }
          - { title: Brudd i fiskeriavtalen, likelihood: 2, impact: 4, trend: stable }
        """;

    private static Table Register(BriefOutputs paper, string title) =>
        paper.WordTables.Single(t => t.Descendants<TableCaption>().Any(c => c.Val == title));

    private static List<string> Column(Table table, int index) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ElementAt(index).InnerText).ToList();

    [Fact]
    public void The_score_stays_on_one_line_in_both_formats()
    {
        using var paper = BriefOutputs.Of(LongWords);
        var scores = Column(Register(paper, "Risk register"), 2).Skip(1).ToList();
        Assert.Equal(["3\u00A0×\u00A04\u00A0=\u00A012", "2\u00A0×\u00A02\u00A0=\u00A0\u20074"], scores);

        var words = paper.PdfWords();
        foreach (var (factors, score) in new[] { ("3", "12"), ("2", "4") })
        {
            var first = words.First(w => w.Text == factors && words.Any(x => x.Text == "×" && Math.Abs(x.YMin - w.YMin) < 0.5));
            Assert.Contains(words, w => w.Text == score && Math.Abs(w.YMin - first.YMin) < 0.5);
        }
    }

    [Fact]
    public void Scores_are_set_right_so_their_operators_stand_in_a_column_in_both_formats()
    {
        using var paper = BriefOutputs.Sample();
        var register = Register(paper, "Risk register");
        var justified = register.Elements<TableRow>().Select(r => r.Elements<TableCell>().ElementAt(2).Descendants<Justification>().Single().Val!.Value);
        Assert.All(justified, j => Assert.Equal(JustificationValues.Right, j));

        var words = paper.PdfWords();
        var equals = words.Where(w => w.Text == "=").ToList();
        Assert.Equal(6, equals.Count);
        Assert.All(equals, w => Assert.Equal(equals[0].XMin, w.XMin, 1));
        var rows = equals.Select(e => words.Where(w => Math.Abs(w.YMin - e.YMin) < 0.5 && w.XMin > e.XMax).MinBy(w => w.XMin)!).ToList();
        Assert.All(rows, w => Assert.Equal(rows[0].XMax, w.XMax, 1));
        var header = words.Single(w => w.Text == "Score");
        Assert.Equal(header.XMax, rows[0].XMax, 0);
    }

    [Fact]
    public void Columns_nobody_filled_in_are_left_out_of_both_formats()
    {
        using var paper = BriefOutputs.Of(Norwegian);
        static IEnumerable<string> Header(Table table) => table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText);
        Assert.Equal(["Område", "Status", "Utsikter"], Header(Register(paper, "Praktisk samarbeid")));
        Assert.Equal(["ID", "Risiko", "Risikotall", "Nivå", "Utvikling"], Header(Register(paper, "Risikoregister")));
        Assert.Equal(5, Register(paper, "Risikoregister").GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());

        var text = string.Join(" ", paper.PdfPages());
        Assert.DoesNotContain("Interesse", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Merknader", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiltak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ansvarlig", text, StringComparison.Ordinal);
        Assert.Contains("Utvikling", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Norwegian_score_column_reads_Risikotall_in_both_formats()
    {
        using var paper = BriefOutputs.Of(Norwegian);
        Assert.Equal("Risikotall", Register(paper, "Risikoregister").Elements<TableRow>().First().Elements<TableCell>().ElementAt(2).InnerText);
        Assert.Contains(paper.PdfWords(), w => w.Text == "Risikotall");
        Assert.DoesNotContain(paper.PdfWords(), w => w.Text == "Tall");
    }

    [Fact]
    public void The_registers_Word_alternative_text_has_a_title_and_a_description()
    {
        using var paper = BriefOutputs.Sample();
        foreach (var (title, description) in new[] { ("Risk register", "Risks sorted by score"), ("Practical cooperation", "Status of cooperation by area") })
        {
            var properties = Register(paper, title).GetFirstChild<TableProperties>()!;
            Assert.StartsWith(description, properties.GetFirstChild<TableDescription>()!.Val!.Value, StringComparison.Ordinal);
        }

        Assert.Empty(paper.WordErrors());
    }

    [Fact]
    public void The_register_keeps_every_risk_in_the_composed_model()
    {
        using var paper = BriefOutputs.Of(LongWords);
        var table = paper.Result.Document!.Sections.SelectMany(s => s.Blocks).OfType<Model.Table>().Single();
        Assert.Equal("Risk register", table.Title);
        Assert.Equal(CellAlignment.Right, table.HeaderRows[0].Cells[2].Alignment);
        Assert.IsType<Strong>(((Model.Paragraph)table.BodyRows[0].Cells[2].Blocks[0]).Content[^1]);
    }
}
