using System.Globalization;
using BriefingGen.Word.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingGen.Components.Charts;

/// <summary>
/// The small workbook embedded behind a Word chart, so that Word's "Edit data" opens the values:
/// categories in column A from row 2, each series' name in row 1 above its values. Its ZIP entries
/// carry one fixed time, so the same chart gives the same bytes.
/// </summary>
internal static class ChartWorkbook
{
    /// <summary>The spreadsheet column letters of column <paramref name="index"/> (0 is A).</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>The .xlsx bytes for <paramref name="chart"/>.</summary>
    public static byte[] Build(Chart chart)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");
            var data = new SheetData();
            var header = new Row { RowIndex = 1U };
            header.Append(TextCell("A1", chart.CategoryTitle ?? ""));
            foreach (var (series, i) in chart.Series.Select((s, i) => (s, i)))
            {
                header.Append(TextCell(Column(i + 1) + "1", series.Name));
            }

            data.Append(header);
            for (var row = 0; row < chart.Categories.Count; row++)
            {
                var number = (uint)(row + 2);
                var line = new Row { RowIndex = number };
                line.Append(TextCell("A" + number, chart.Categories[row]));
                foreach (var (series, i) in chart.Series.Select((s, i) => (s, i)))
                {
                    line.Append(new Cell
                    {
                        CellReference = Column(i + 1) + number,
                        DataType = CellValues.Number,
                        CellValue = new CellValue(series.Values[row].ToString("R", CultureInfo.InvariantCulture)),
                    });
                }

                data.Append(line);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = "rId1", SheetId = 1U, Name = "Sheet1" }));
        }

        using var normalized = new MemoryStream();
        DeterministicPackage.Normalize(buffer, normalized);
        return normalized.ToArray();
    }

    private static Cell TextCell(string reference, string text) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
    };
}
