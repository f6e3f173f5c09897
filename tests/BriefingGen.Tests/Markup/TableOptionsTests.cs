using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Tests.Templates;

namespace BriefingGen.Tests.Markup;

/// <summary>
/// <c>table_options</c> above a pipe table: empty columns left out, a title and description for
/// screen readers, and mistakes reported at the call; and columns of numbers aligned right.
/// </summary>
public class TableOptionsTests
{
    private const string Register = """
        {{ table_options { drop_empty_columns: true, title: "Risk register", description: data.intro } }}
        | ID | Risk | Notes | Owner |
        |----|------|-------|-------|
        {{~ for risk in data.risks ~}}
        | {{ risk.id }} | {{ risk.title }} | {{ risk.notes }} | {{ risk.owner }} |
        {{~ end ~}}

        """;

    private static Table TableOf(string template, string yaml)
    {
        using var pack = new TestPack(template);
        var result = pack.Render(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Assert.IsType<Table>(Assert.Single(result.Document!.Blocks));
    }

    private static IReadOnlyList<string> Header(Table table) => table.HeaderRows[0].Cells.Select(c => InlineText.Of(c.Blocks)).ToList();

    [Fact]
    public void Columns_empty_on_every_row_are_left_out_and_the_rest_share_the_width()
    {
        var table = TableOf(Register, "intro: All risks.\nrisks:\n  - { id: R1, title: Fire, notes: \"\", owner: Ops }\n  - { id: R2, title: Flood, notes: \"\", owner: \"\" }\n");
        Assert.Equal(["ID", "Risk", "Owner"], Header(table));
        Assert.All(table.BodyRows, row => Assert.Equal(3, row.Cells.Count));
        Assert.Equal(3, table.ColumnWidths.Count);
        Assert.Equal(1.0, table.ColumnWidths.Sum(), 6);
    }

    [Fact]
    public void The_title_and_description_go_to_the_table_for_screen_readers()
    {
        var table = TableOf(Register, "intro: All risks, highest first.\nrisks:\n  - { id: R1, title: Fire, notes: \"\", owner: \"\" }\n");
        Assert.Equal(("Risk register", "All risks, highest first."), (table.Title, table.Summary));
    }

    [Fact]
    public void Without_the_option_every_column_stays()
    {
        var table = TableOf("| A | B |\n|---|---|\n| x |  |\n", "x: 1\n");
        Assert.Equal(["A", "B"], Header(table));
    }

    [Fact]
    public void A_table_whose_columns_are_all_empty_keeps_them()
    {
        var table = TableOf("{{ table_options { drop_empty_columns: true } }}\n| A | B |\n|---|---|\n|  |  |\n", "x: 1\n");
        Assert.Equal(["A", "B"], Header(table));
    }

    [Fact]
    public void A_setting_table_options_does_not_know_is_an_error_with_a_suggestion()
    {
        using var pack = new TestPack("{{ table_options { drop_empty_colums: true } }}\n| A |\n|---|\n| x |\n");
        var error = Assert.Single(pack.Render("x: 1\n").Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("did you mean 'drop_empty_columns'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_options_with_no_table_under_them_are_an_error()
    {
        using var pack = new TestPack("{{ table_options { drop_empty_columns: true } }}\n\nText, not a table.\n");
        var error = Assert.Single(pack.Render("x: 1\n").Diagnostics);
        Assert.Contains("table_options must stand on the line right above", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_in_the_options_stays_literal_text()
    {
        var table = TableOf(Register, "intro: \"| not | a | table | {{ x }} **bold**\"\nrisks:\n  - { id: R1, title: Fire, notes: \"\", owner: \"\" }\n");
        Assert.Equal("| not | a | table | {{ x }} **bold**", table.Summary);
    }

    [Fact]
    public void A_column_of_numbers_without_colons_is_aligned_right_and_text_stays_left()
    {
        var table = TableOf("| Item | Count | Score | Note |\n|---|---|---|:---:|\n| a | 1 234 | 3 × 4 = 12 | 7 |\n| b | 56,5 % | 2 × 2 = 4 | 8 |\n", "x: 1\n");
        Assert.Equal(
            [CellAlignment.Left, CellAlignment.Right, CellAlignment.Right, CellAlignment.Center],
            table.BodyRows[0].Cells.Select(c => c.Alignment));
        Assert.Equal(CellAlignment.Right, table.HeaderRows[0].Cells[1].Alignment);
    }

    [Fact]
    public void A_colon_on_the_left_keeps_a_column_of_numbers_left()
    {
        var table = TableOf("| Year |\n|:---|\n| 2026 |\n", "x: 1\n");
        Assert.Equal(CellAlignment.Left, table.BodyRows[0].Cells[0].Alignment);
    }
}
