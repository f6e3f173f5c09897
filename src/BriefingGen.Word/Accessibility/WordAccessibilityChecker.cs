using BriefingGen.Data;
using BriefingGen.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefingGen.Word.Accessibility;

/// <summary>
/// Reads a finished .docx the way Word's accessibility checker does and lists what it would flag:
/// pictures and tables without alternative text, tables without a marked header row, merged cells
/// in a header row, heading levels that skip, a missing title or language, and text whose colour
/// is too close to what is behind it (WCAG AA: 4.5:1, 3:1 for large text). It reads only the file,
/// not the model it was written from, so it also judges what a reference.docx or a later edit
/// changed. A grid drawn as a table, such as the risk matrix, is tagged as a figure in the PDF; in
/// Word it switches off its header row and carries a description, and is judged as a picture.
/// </summary>
public static class WordAccessibilityChecker
{
    private const double MinimumContrast = 4.5;
    private const double LargeTextContrast = 3;

    /// <summary>Large text starts at 18 pt (36 half-points), for which WCAG asks less contrast.</summary>
    private const int LargeTextHalfPoints = 36;

    /// <summary>The findings for the .docx in <paramref name="docx"/>, in document order.</summary>
    public static IReadOnlyList<AccessibilityFinding> Check(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var findings = new List<AccessibilityFinding>();
        var main = document.MainDocumentPart;
        if (string.IsNullOrWhiteSpace(document.PackageProperties.Title))
        {
            findings.Add(new(Severity.Error, "document-title", "document properties", "the document has no title; screen readers announce the title when the file opens"));
        }

        var styles = main?.StyleDefinitionsPart?.Styles;
        if (string.IsNullOrWhiteSpace(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value))
        {
            findings.Add(new(Severity.Error, "document-language", "document defaults", "the document sets no language; screen readers then read it in the reader's own"));
        }

        if (main?.Document?.Body is not { } body)
        {
            return findings;
        }

        var walk = new Walk(new WordColors(styles), findings);
        walk.Blocks(body);
        foreach (var header in main.HeaderParts)
        {
            walk.Furniture(header.Header, "the running header");
        }

        foreach (var footer in main.FooterParts)
        {
            walk.Furniture(footer.Footer, "the running footer");
        }

        return findings;
    }

    /// <summary>One pass through the document in reading order, remembering the heading each thing sits under.</summary>
    private sealed class Walk(WordColors colors, List<AccessibilityFinding> findings)
    {
        private readonly HashSet<(string Text, string Fill)> _contrastSeen = [];
        private string _heading = "";
        private int? _level;
        private int _tables;
        private int _pictures;

        private string Under => _heading.Length == 0 ? "" : $", under “{_heading}”";

        public void Blocks(OpenXmlElement container, TableCell? cell = null, TableStyleOverrideValues? row = null, string? tableStyle = null)
        {
            foreach (var element in container.Elements())
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        Paragraph(paragraph, cell, row, tableStyle);
                        break;
                    case Table table:
                        Table(table);
                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock:
                        Blocks(element, cell, row, tableStyle);
                        break;
                }
            }
        }

        public void Furniture(OpenXmlElement? part, string where)
        {
            if (part is null)
            {
                return;
            }

            var saved = _heading;
            _heading = where;
            foreach (var paragraph in part.Descendants<Paragraph>())
            {
                Contrast(paragraph, null, null, null);
            }

            _heading = saved;
        }

        private void Paragraph(Paragraph paragraph, TableCell? cell, TableStyleOverrideValues? row, string? tableStyle)
        {
            if (cell is null && colors.OutlineLevel(paragraph) is { } level)
            {
                var text = paragraph.InnerText.Trim();
                if (text.Length == 0)
                {
                    findings.Add(new(Severity.Warning, "empty-heading", $"a heading{Under}", "the heading is empty; a screen reader's list of headings shows a blank entry"));
                }
                else if (level > (_level ?? -1) + 1)
                {
                    findings.Add(new(Severity.Warning, "heading-order", $"heading “{text}”", $"a level {level + 1} heading follows {(_level is { } l ? $"a level {l + 1} heading" : "no heading")}; a level is skipped"));
                }

                _level = level;
                _heading = text.Length > 0 ? text : _heading;
            }

            foreach (var drawing in paragraph.Descendants<Drawing>())
            {
                Picture(drawing);
            }

            Contrast(paragraph, cell, row, tableStyle);
        }

        private void Picture(Drawing drawing)
        {
            _pictures++;
            var properties = drawing.Descendants<Dw.DocProperties>().FirstOrDefault();
            var decorative = properties?.OuterXml.Contains("decorative val=\"1\"", StringComparison.Ordinal) == true;
            if (!decorative && string.IsNullOrWhiteSpace(properties?.Description?.Value) && string.IsNullOrWhiteSpace(properties?.Title?.Value))
            {
                var name = properties?.Name?.Value is { Length: > 0 } n ? $" ({n})" : "";
                findings.Add(new(Severity.Error, "missing-alt-text", $"picture {_pictures}{name}{Under}", "the picture has no alternative text and is not marked decorative"));
            }
        }

        private void Table(Table table)
        {
            _tables++;
            var properties = table.GetFirstChild<TableProperties>();
            var caption = properties?.TableCaption?.Val?.Value;
            var name = $"table {_tables}{(string.IsNullOrWhiteSpace(caption) ? "" : $" ({caption})")}{Under}";
            if (string.IsNullOrWhiteSpace(caption) && string.IsNullOrWhiteSpace(properties?.TableDescription?.Val?.Value))
            {
                findings.Add(new(Severity.Error, "missing-alt-text", name, "the table has no title or description (alternative text)"));
            }

            var rows = table.Elements<TableRow>().ToList();
            var headerRows = rows.TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is { } h && (h.Val is null || h.Val.Value == OnOffOnlyValues.On)).ToList();
            // A grid drawn as a table (a risk matrix) says so by switching off its style's header row
            // and carrying a description: like a picture, it is read by its alternative text.
            var drawing = properties?.TableLook?.FirstRow?.Value == false && !string.IsNullOrWhiteSpace(properties.TableDescription?.Val?.Value);
            if (rows.Count > 1 && headerRows.Count == 0 && !drawing)
            {
                findings.Add(new(Severity.Error, "table-header", name, "no header row is marked (Repeat as header row), so a screen reader cannot name each cell's column"));
            }

            if (headerRows.SelectMany(r => r.Elements<TableCell>()).Any(c => c.TableCellProperties?.GridSpan?.Val?.Value > 1 || c.TableCellProperties?.VerticalMerge is not null))
            {
                findings.Add(new(Severity.Warning, "merged-header-cells", name, "the header row has merged cells; screen readers may name columns wrongly"));
            }

            var style = properties?.TableStyle?.Val?.Value;
            foreach (var row in rows)
            {
                var type = headerRows.Contains(row) ? TableStyleOverrideValues.FirstRow : (TableStyleOverrideValues?)null;
                foreach (var cell in row.Elements<TableCell>())
                {
                    Blocks(cell, cell, type, style);
                }
            }
        }

        private void Contrast(Paragraph paragraph, TableCell? cell, TableStyleOverrideValues? row, string? tableStyle)
        {
            foreach (var run in paragraph.Descendants<Run>().Where(r => r.Elements<Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text))))
            {
                var text = colors.TextColor(run, paragraph, row, tableStyle);
                var fill = colors.Background(run, paragraph, cell, row, tableStyle);
                var needed = colors.HalfPoints(run, paragraph) >= LargeTextHalfPoints ? LargeTextContrast : MinimumContrast;
                var ratio = Styling.Contrast.Ratio(fill, text);
                if (ratio < needed && _contrastSeen.Add((text, fill)))
                {
                    var sample = run.InnerText.Trim();
                    sample = Excerpt.Of(sample, 30);
                    findings.Add(new(Severity.Warning, "low-contrast", $"“{sample}”{Under}", $"text {text} on {fill} has a contrast of {ratio:0.0}:1; at least {needed}:1 keeps it readable"));
                }
            }
        }
    }
}
