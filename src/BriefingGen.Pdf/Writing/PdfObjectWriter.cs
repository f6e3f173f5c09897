using System.IO.Compression;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The file layer of PDF (ISO 32000-1 §7.5): numbered indirect objects, Flate-compressed streams,
/// the cross-reference table and the trailer. Objects may be numbered before they are written,
/// so that dictionaries can point at each other.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly MemoryStream _body = new();
    private readonly Dictionary<int, long> _offsets = [];
    private int _count;

    /// <summary>Starts the file with its header and a comment of high bytes, marking it binary (§7.5.2).</summary>
    public PdfObjectWriter()
    {
        WriteRaw("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n", Encoding.Latin1);
    }

    /// <summary>Reserves the next object number.</summary>
    public int Reserve() => ++_count;

    /// <summary>Writes object <paramref name="number"/> holding <paramref name="content"/> (a dictionary, array…).</summary>
    public void Write(int number, string content)
    {
        _offsets[number] = _body.Position;
        WriteRaw($"{number} 0 obj\n{content}\nendobj\n", Encoding.ASCII);
    }

    /// <summary>Writes a stream object; <paramref name="dictionary"/> is written without its Length, which is added.</summary>
    public void WriteStream(int number, string dictionary, byte[] data, bool compress)
    {
        var bytes = compress ? Deflate(data) : data;
        var filter = compress ? " /Filter /FlateDecode" : "";
        _offsets[number] = _body.Position;
        WriteRaw($"{number} 0 obj\n<< {dictionary}{filter} /Length {bytes.Length} >>\nstream\n", Encoding.ASCII);
        _body.Write(bytes);
        WriteRaw("\nendstream\nendobj\n", Encoding.ASCII);
    }

    /// <summary>Writes the cross-reference table and trailer and copies the file to <paramref name="output"/>.</summary>
    /// <param name="output">Where the finished file goes.</param>
    /// <param name="root">The catalog's object number.</param>
    /// <param name="info">The information dictionary's object number.</param>
    public void Finish(Stream output, int root, int info)
    {
        // The file identifier (§14.4) is a hash of the content, so the same input gives the same bytes.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(_body.ToArray()).AsSpan(0, 16));
        var xref = _body.Position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(_count + 1).Append('\n');
        sb.Append("0000000000 65535 f \n");
        for (var n = 1; n <= _count; n++)
        {
            if (!_offsets.TryGetValue(n, out var offset))
            {
                throw new InvalidOperationException($"PDF object {n} was reserved but never written");
            }

            sb.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<< /Size ").Append(_count + 1).Append(" /Root ").Append(root).Append(" 0 R /Info ").Append(info)
            .Append(" 0 R /ID [<").Append(id).Append("> <").Append(id).Append(">] >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        WriteRaw(sb.ToString(), Encoding.ASCII);
        _body.Position = 0;
        _body.CopyTo(output);
    }

    /// <summary>zlib-wrapped deflate, as FlateDecode expects (§7.4.4).</summary>
    internal static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    private void WriteRaw(string text, Encoding encoding) => _body.Write(encoding.GetBytes(text));
}
