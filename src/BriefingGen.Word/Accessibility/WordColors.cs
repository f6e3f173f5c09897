using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Accessibility;

/// <summary>
/// The colour text is drawn in and the colour behind it, as Word resolves them: direct formatting
/// first, then the character style, the paragraph style and the styles each is based on, then the
/// table style's header-row formatting, then the document defaults; black on white when nothing says.
/// </summary>
internal sealed class WordColors(Styles? styles)
{
    private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];

    /// <summary>The text colour of <paramref name="run"/> as RRGGBB.</summary>
    public string TextColor(Run run, Paragraph paragraph, TableStyleOverrideValues? tableRow, string? tableStyle)
    {
        return Hex(run.RunProperties?.Color?.Val?.Value)
            ?? StyleChain(run.RunProperties?.RunStyle?.Val?.Value).Select(s => Hex(s.StyleRunProperties?.Color?.Val?.Value)).FirstOrDefault(c => c is not null)
            ?? StyleChain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Select(s => Hex(s.StyleRunProperties?.Color?.Val?.Value)).FirstOrDefault(c => c is not null)
            ?? TableStyleRun(tableStyle, tableRow)
            ?? Hex(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Color?.Val?.Value)
            ?? "000000";
    }

    /// <summary>The fill behind <paramref name="run"/> as RRGGBB: its own shading, its paragraph's, its cell's or its table style's; white when none.</summary>
    public string Background(Run run, Paragraph paragraph, TableCell? cell, TableStyleOverrideValues? tableRow, string? tableStyle)
    {
        return Fill(run.RunProperties?.Shading)
            ?? Fill(paragraph.ParagraphProperties?.Shading)
            ?? StyleChain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Select(s => Fill(s.StyleParagraphProperties?.Shading)).FirstOrDefault(c => c is not null)
            ?? Fill(cell?.TableCellProperties?.Shading)
            ?? TableStyleFill(tableStyle, tableRow)
            ?? "FFFFFF";
    }

    /// <summary>The run's size in half-points, for telling large text (which needs less contrast) from body text.</summary>
    public int HalfPoints(Run run, Paragraph paragraph)
    {
        var direct = run.RunProperties?.FontSize?.Val?.Value;
        var size = direct
            ?? StyleChain(run.RunProperties?.RunStyle?.Val?.Value).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null)
            ?? StyleChain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Select(s => s.StyleRunProperties?.FontSize?.Val?.Value).FirstOrDefault(v => v is not null)
            ?? styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value;
        return int.TryParse(size, out var halfPoints) ? halfPoints : 22;
    }

    /// <summary>The paragraph style's outline level (0 for Heading 1), or null when it is not a heading.</summary>
    public int? OutlineLevel(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } direct)
        {
            return direct < 9 ? direct : null;
        }

        var level = StyleChain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Select(s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value).FirstOrDefault(v => v is not null);
        return level is < 9 ? level : null;
    }

    private IEnumerable<Style> StyleChain(string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && seen.Add(id) && _byId.TryGetValue(id, out var style))
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    private string? TableStyleRun(string? tableStyle, TableStyleOverrideValues? row) =>
        row is null ? null : StyleChain(tableStyle).SelectMany(s => s.Elements<TableStyleProperties>())
            .Where(p => p.Type?.Value == row).Select(p => Hex(p.RunPropertiesBaseStyle?.Color?.Val?.Value)).FirstOrDefault(c => c is not null);

    private string? TableStyleFill(string? tableStyle, TableStyleOverrideValues? row) =>
        row is null ? null : StyleChain(tableStyle).SelectMany(s => s.Elements<TableStyleProperties>())
            .Where(p => p.Type?.Value == row).Select(p => Fill(p.TableStyleConditionalFormattingTableCellProperties?.Shading)).FirstOrDefault(c => c is not null);

    private static string? Fill(Shading? shading) => Hex(shading?.Fill?.Value);

    private static string? Hex(string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiHexDigit) ? value.ToUpperInvariant() : null;
}
