using BriefingGen.Styling;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableLook = DocumentFormat.OpenXml.Wordprocessing.TableLook;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = BriefingGen.Model.Text;

namespace BriefingGen.Word.Tests;

/// <summary>
/// Word tables as Word's own are made: the header's look comes from the table style's first-row
/// formatting, every table has alternative text, and rules stay visible over shaded cells.
/// </summary>
public class TableLookTests
{
    private static readonly StyleSheet Sheet = TestEngines.PolicyBrief.StyleSheet!;

    private static Model.TableCell Cell(string text, string? shade = null) => new([new Model.Paragraph([new Text(text)])], Shade: shade);

    /// <summary>A table with a header, three rows of shaded ratings and no title of its own.</summary>
    private static readonly Model.Table Ratings = new(
        [0.5, 0.5],
        [new Model.TableRow([Cell("Risk"), Cell("Rating")])],
        [
            new Model.TableRow([Cell("Fire"), Cell("High", "risk-high")]),
            new Model.TableRow([Cell("Flood"), Cell("High", "risk-high")]),
            new Model.TableRow([Cell("Frost"), Cell("Low", "risk-low")]),
        ]);

    private static Table Render(Model.Table table, out Styles styles)
    {
        var bytes = WordOutput.Render(ModelSamples.Of(table));
        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        styles = (Styles)document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.CloneNode(true);
        return (Table)document.MainDocumentPart.Document!.Body!.Elements<Table>().Single().CloneNode(true);
    }

    [Fact]
    public void The_header_row_takes_its_fill_from_the_table_styles_first_row_look()
    {
        var table = Render(Ratings, out var styles);
        Assert.True(table.GetFirstChild<TableProperties>()!.GetFirstChild<TableLook>()!.FirstRow!.Value);
        Assert.All(table.Elements<TableRow>().First().Elements<TableCell>(), c => Assert.Null(c.TableCellProperties!.Shading));

        var style = styles.Elements<Style>().Single(s => s.StyleId == table.GetFirstChild<TableProperties>()!.TableStyle!.Val);
        var firstRow = style.Elements<TableStyleProperties>().Single(p => p.Type! == TableStyleOverrideValues.FirstRow);
        Assert.Equal(Sheet.Table.HeaderFill, firstRow.GetFirstChild<TableStyleConditionalFormattingTableCellProperties>()!.GetFirstChild<Shading>()!.Fill!.Value);
        Assert.Equal(Sheet.Paragraph(StyleRoles.TableHeader).Text.Color, firstRow.GetFirstChild<RunPropertiesBaseStyle>()!.GetFirstChild<Color>()!.Val!.Value);
    }

    [Fact]
    public void A_table_without_a_title_still_has_alternative_text_naming_its_columns()
    {
        var properties = Render(Ratings, out _).GetFirstChild<TableProperties>()!;
        Assert.Equal("Risk, Rating", properties.GetFirstChild<TableDescription>()!.Val!.Value);
    }

    [Fact]
    public void A_table_with_a_title_and_description_carries_both()
    {
        var properties = Render(Ratings with { Title = "Ratings", Summary = "Each risk's rating." }, out _).GetFirstChild<TableProperties>()!;
        Assert.Equal("Ratings", properties.GetFirstChild<TableCaption>()!.Val!.Value);
        Assert.Equal("Each risk's rating.", properties.GetFirstChild<TableDescription>()!.Val!.Value);
    }

    [Fact]
    public void Rules_over_shaded_cells_stand_out_from_the_fill_as_much_as_from_the_page()
    {
        var rows = Render(Ratings, out _).Elements<TableRow>().Skip(1).ToList();
        var wanted = Contrast.Ratio(Sheet.Table.RuleColor, "FFFFFF");
        foreach (var cell in rows.Select(r => r.Elements<TableCell>().Last()))
        {
            var fill = cell.TableCellProperties!.Shading!.Fill!.Value!;
            var borders = cell.TableCellProperties.TableCellBorders!;
            foreach (BorderType rule in new BorderType[] { borders.TopBorder!, borders.BottomBorder! })
            {
                Assert.Equal(BorderValues.Single, rule.Val!.Value);
                Assert.True(Contrast.Ratio(rule.Color!.Value!, fill) >= wanted - 0.01, $"rule {rule.Color} on {fill}");
            }
        }

        // The unshaded cells keep the style's rules.
        Assert.All(rows.Select(r => r.Elements<TableCell>().First()), c => Assert.Null(c.TableCellProperties!.TableCellBorders));
    }
}
