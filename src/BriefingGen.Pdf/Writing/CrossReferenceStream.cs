using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The binary table of a cross-reference stream (ISO 32000-1 §7.5.8): each entry as three
/// big-endian fields, each as wide as its largest value needs (/W), and each row stored as its
/// difference from the row above (the PNG Up predictor, §7.4.4.4), which turns the steadily
/// growing offsets and indexes into runs that deflate to almost nothing.
/// </summary>
internal static class CrossReferenceStream
{
    /// <summary>The /W array, the /DecodeParms dictionary and the predicted (not yet compressed) rows for <paramref name="entries"/>.</summary>
    public static (PdfArray Widths, PdfDictionary DecodeParms, byte[] Data) Encode(IReadOnlyList<CrossReferenceEntry> entries)
    {
        int[] widths = [1, Width(entries.Max(e => e.Field2)), Width(entries.Max(e => e.Field3))];
        var columns = widths.Sum();
        var data = new byte[entries.Count * (columns + 1)];
        var previous = new byte[columns];
        var row = new byte[columns];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            Put(row.AsSpan(0, widths[0]), entry.Type);
            Put(row.AsSpan(widths[0], widths[1]), entry.Field2);
            Put(row.AsSpan(widths[0] + widths[1], widths[2]), entry.Field3);
            var start = i * (columns + 1);
            data[start] = 2; // PNG filter type Up
            for (var c = 0; c < columns; c++)
            {
                data[start + 1 + c] = (byte)(row[c] - previous[c]);
            }

            (previous, row) = (row, previous);
        }

        var decodeParms = new PdfDictionary { ["Columns"] = columns, ["Predictor"] = 12 };
        return (new PdfArray(widths.Select(w => (PdfObject)w)), decodeParms, data);
    }

    /// <summary>Bytes needed for <paramref name="max"/>, at least one.</summary>
    private static int Width(long max)
    {
        var width = 1;
        while (max > 0xFF)
        {
            max >>= 8;
            width++;
        }

        return width;
    }

    private static void Put(Span<byte> field, long value)
    {
        for (var i = field.Length - 1; i >= 0; i--)
        {
            field[i] = (byte)value;
            value >>= 8;
        }
    }
}
