using System.Security.Cryptography;
using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The file layer of PDF (ISO 32000-1 §7.5): numbered objects, compressed object streams and a
/// cross-reference stream. Dictionaries and arrays are gathered into object streams (§7.5.7),
/// which deflate them together; streams are written as indirect objects; the file ends with a
/// cross-reference stream (§7.5.8), which needs PDF 1.5. Objects may be numbered before they are
/// written, so that dictionaries can point at each other.
/// </summary>
internal sealed class PdfFileWriter : IDisposable
{
    /// <summary>
    /// The most uncompressed data an object stream gathers before another is started: deflate looks
    /// back no further than 32 KiB, so a longer stream would compress no better, while a reader
    /// looking for one object would inflate more.
    /// </summary>
    public const int ObjectStreamBytes = 32 * 1024;

    /// <summary>The header: version 1.7, and a comment of high bytes marking the file as binary (§7.5.2).</summary>
    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    private readonly PdfBuffer _body = new(64 * 1024);
    private readonly Dictionary<int, CrossReferenceEntry> _entries = [];
    private ObjectStream _pending = new();
    private int _count;

    /// <summary>Starts the file with its header.</summary>
    public PdfFileWriter() => _body.Raw(Header);

    /// <summary>Reserves the next object number.</summary>
    public PdfReference Reserve() => new(++_count);

    /// <summary>Writes object <paramref name="reference"/>, a dictionary or an array, into an object stream.</summary>
    public void Write(PdfReference reference, PdfObject value)
    {
        // §7.5.7: an object in an object stream shall not be only a reference.
        if (value is PdfReference)
        {
            throw new ArgumentException("an indirect object cannot be a bare reference", nameof(value));
        }

        _pending.Add(reference.Number, value);
        if (_pending.Length >= ObjectStreamBytes)
        {
            FlushObjectStream();
        }
    }

    /// <summary>
    /// Writes a stream object. <paramref name="dictionary"/> is written without /Filter and /Length,
    /// which are added: Flate when <paramref name="compress"/>, and the exact length of the data.
    /// </summary>
    public void WriteStream(PdfReference reference, PdfDictionary dictionary, ReadOnlySpan<byte> data, bool compress) =>
        WriteEncodedStream(reference, dictionary, compress ? Flate.Encode(data) : data, compress);

    /// <summary>
    /// Writes a stream object whose data <paramref name="deflated"/> has been through <see cref="Flate"/>
    /// already: a font program kept from an earlier paper is written as it was compressed then.
    /// </summary>
    public void WriteDeflatedStream(PdfReference reference, PdfDictionary dictionary, ReadOnlySpan<byte> deflated) =>
        WriteEncodedStream(reference, dictionary, deflated, compressed: true);

    private void WriteEncodedStream(PdfReference reference, PdfDictionary dictionary, ReadOnlySpan<byte> bytes, bool compressed)
    {
        var full = new PdfDictionary();
        foreach (var (key, value) in dictionary)
        {
            full[key] = value;
        }

        if (compressed)
        {
            full["Filter"] = PdfName.Of("FlateDecode");
        }

        full["Length"] = bytes.Length;
        _entries[reference.Number] = CrossReferenceEntry.InFile(_body.Length);
        _body.Integer(reference.Number).Raw(" 0 obj\n"u8);
        full.WriteTo(_body);
        _body.Raw("\nstream\n"u8).Raw(bytes).Raw("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes the last object stream and the cross-reference stream, and copies the file to <paramref name="output"/>.</summary>
    /// <param name="output">Where the finished file goes.</param>
    /// <param name="root">The catalog.</param>
    /// <param name="info">The document information dictionary.</param>
    public void Finish(Stream output, PdfReference root, PdfReference info)
    {
        if (_pending.Count > 0)
        {
            FlushObjectStream();
        }

        // The file identifier (§14.4) is a hash of the content, so the same input gives the same bytes.
        var id = PdfString.Binary(SHA256.HashData(_body.WrittenSpan).AsSpan(0, 16));
        var xref = Reserve();
        var offset = _body.Length;
        _entries[xref.Number] = CrossReferenceEntry.InFile(offset);
        var entries = new CrossReferenceEntry[_count + 1];
        entries[0] = CrossReferenceEntry.Head;
        for (var n = 1; n <= _count; n++)
        {
            entries[n] = _entries.TryGetValue(n, out var entry) ? entry : throw new InvalidOperationException($"PDF object {n} was reserved but never written");
        }

        var (widths, decodeParms, data) = CrossReferenceStream.Encode(entries);
        var dictionary = new PdfDictionary
        {
            ["Type"] = PdfName.Of("XRef"),
            ["Size"] = entries.Length,
            ["Index"] = new PdfArray { 0, entries.Length },
            ["W"] = widths,
            ["Root"] = root,
            ["Info"] = info,
            ["ID"] = new PdfArray { id, id },
            ["DecodeParms"] = decodeParms,
        };
        WriteStream(xref, dictionary, data, compress: true);
        _body.Raw("startxref\n"u8).Integer(offset).Raw("\n%%EOF\n"u8);
        output.Write(_body.WrittenSpan);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _body.Dispose();
        _pending.Dispose();
    }

    private void FlushObjectStream()
    {
        using var objects = _pending;
        _pending = new ObjectStream();
        var (deflated, first) = objects.Compress();
        var stream = Reserve();
        WriteDeflatedStream(stream, new PdfDictionary { ["Type"] = PdfName.Of("ObjStm"), ["N"] = objects.Count, ["First"] = first }, deflated);
        for (var i = 0; i < objects.Count; i++)
        {
            _entries[objects.Numbers[i]] = CrossReferenceEntry.InStream(stream.Number, i);
        }
    }
}
