using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A data table: its caption, its columns' widths, header cells as <c>th scope="col"</c> in the
/// header row's fill, body cells in their semantic shade, rules and padding from the stylesheet.
/// A table with no caption is named by its title for assistive technology. Long words break inside
/// their cell, so a wide table still fits a phone's width.
/// </summary>
internal sealed class TableRenderer : HtmlBlockRenderer<Table>
{
    /// <inheritdoc />
    protected override void Write(Table block, HtmlRenderContext context, HtmlScope scope)
    {
        var sheet = context.StyleSheet;
        var table = new Look("table", () => new CssDeclarations().Set("border-collapse", "collapse").Set("width", "100%"));
        var scroll = new Look("table-scroll", () => new CssDeclarations()
            .Set("overflow-x", "auto").Set("margin", $"0 0 {CssDeclarations.Length(CssLooks.Px(sheet.Table.SpaceAfter))} 0"));
        var label = block.Caption is null && block.Title is { } title ? " aria-label=\"" + HtmlText.Escape(title) + "\"" : "";
        var layout = context.Flavor == HtmlFlavor.Email ? " width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"" : "";
        // A table wider than a phone scrolls inside its own region instead of widening the page; the
        // region can take the keyboard's focus so that it can be scrolled without a pointer.
        var region = " role=\"region\" tabindex=\"0\" aria-label=\"" + HtmlText.Escape(Name(block)) + "\"";
        context.Raw($"<div{region}{context.Attributes(scroll)}>\n<table{layout}{label}{context.Attributes(table)}>\n");
        if (block.Caption is not null)
        {
            var side = new Look("caption-below", () => new CssDeclarations().Set("caption-side", "bottom").Set("text-align", "left"));
            context.Raw("<caption" + context.Attributes(context.Paragraph(StyleRoles.Caption), side) + ">");
            context.Inlines(block.Caption);
            context.Raw("</caption>\n");
        }

        if (context.Flavor == HtmlFlavor.Page)
        {
            context.Raw("<colgroup>");
            foreach (var width in block.ColumnWidths)
            {
                context.Raw("<col" + context.Attributes(Width(width)) + ">");
            }

            context.Raw("</colgroup>\n");
        }

        if (block.HeaderRows.Count > 0)
        {
            context.Raw("<thead>\n");
            foreach (var row in block.HeaderRows)
            {
                Row(row, block, context, header: true);
            }

            context.Raw("</thead>\n");
        }

        context.Raw("<tbody>\n");
        foreach (var row in block.BodyRows)
        {
            Row(row, block, context, header: false);
        }

        context.Raw("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>What the table's region is called: its caption, else its title, else its columns' names.</summary>
    private static string Name(Table block)
    {
        if (block.Caption is not null)
        {
            return InlineText.Of(block.Caption);
        }

        if (block.Title is { } title)
        {
            return title;
        }

        var columns = block.HeaderRows.FirstOrDefault()?.Cells.Select(c => InlineText.Of(c.Blocks).Trim()).Where(t => t.Length > 0).ToList();
        return columns is { Count: > 0 } ? string.Join(", ", columns) : "Table";
    }

    private static void Row(TableRow row, Table table, HtmlRenderContext context, bool header)
    {
        var sheet = context.StyleSheet;
        context.Raw("<tr>");
        for (var i = 0; i < table.ColumnWidths.Count; i++)
        {
            var cell = i < row.Cells.Count ? row.Cells[i] : new TableCell([]);
            var shade = header ? null : sheet.Shade(cell.Shade);
            var role = header ? StyleRoles.TableHeader : StyleRoles.TableText;
            var scope = HtmlScope.Body with { Role = role, TextColor = shade?.Text, Alignment = cell.Alignment };
            var looks = new List<Look> { new("cell", () => CssLooks.Cell(sheet.Table).Set("overflow-wrap", "break-word")) };
            looks.AddRange(context.ParagraphLooks(role, scope));
            if (header)
            {
                looks.Add(new("cell-header", () => new CssDeclarations().Color("background-color", sheet.Table.HeaderFill)));
            }
            else if (shade is not null)
            {
                var rule = RuleColors.Over(sheet.Table.RuleColor, shade.Fill);
                looks.Add(new("shade-" + cell.Shade, () => new CssDeclarations().Color("background-color", shade.Fill).Set("border-color", "#" + rule)));
            }

            var empty = cell.Blocks.Count == 0;
            var tag = header && !empty ? "th" : "td";
            var attributes = header && !empty ? " scope=\"col\"" : "";
            if (context.Flavor == HtmlFlavor.Email && ReferenceEquals(row, FirstRow(table)))
            {
                attributes += " width=\"" + Percent(table.ColumnWidths[i]) + "%\"";
            }

            context.Raw($"<{tag}{attributes}{context.Attributes([.. looks])}>");
            if (cell.Blocks is [Paragraph only])
            {
                context.Inlines(only.Content);
            }
            else
            {
                context.Blocks(cell.Blocks, scope);
            }

            context.Raw($"</{tag}>");
        }

        context.Raw("</tr>\n");
    }

    private static TableRow? FirstRow(Table table) => table.HeaderRows.Count > 0 ? table.HeaderRows[0] : table.BodyRows.FirstOrDefault();

    private static string Percent(double fraction) => Math.Round(fraction * 100, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static Look Width(double fraction) => new("w-" + Percent(fraction).Replace('.', '-'), () => new CssDeclarations().Set("width", Percent(fraction) + "%"));
}
