using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Objects gathered for one object stream (ISO 32000-1 §7.5.7): its data is a header of object
/// numbers and offsets followed by the objects themselves, compressed together, which is where
/// most of the saving over one indirect object each comes from.
/// </summary>
internal sealed class ObjectStream : IDisposable
{
    private readonly List<int> _numbers = [];
    private readonly List<int> _offsets = [];
    private readonly PdfBuffer _objects = new(16 * 1024);

    /// <summary>How many objects it holds.</summary>
    public int Count => _numbers.Count;

    /// <summary>How many bytes its objects take, uncompressed and without the header.</summary>
    public int Length => _objects.Length;

    /// <summary>The numbers of the objects it holds, in order: an object's index here is its index in the stream.</summary>
    public IReadOnlyList<int> Numbers => _numbers;

    /// <summary>Adds object <paramref name="number"/>.</summary>
    public void Add(int number, PdfObject value)
    {
        // Objects follow one another with no white space between them unless their tokens need it,
        // and the offset is the object's first byte (§7.5.7).
        _objects.EndToken();
        _numbers.Add(number);
        _offsets.Add(_objects.Length);
        value.WriteTo(_objects);
    }

    /// <summary>The stream's data, deflated, and the offset of its first object (/First).</summary>
    public (byte[] Deflated, int First) Compress()
    {
        using var header = new PdfBuffer(_numbers.Count * 10);
        for (var i = 0; i < _numbers.Count; i++)
        {
            header.Integer(_numbers[i]).Integer(_offsets[i]);
        }

        header.Raw("\n"u8);
        return (Flate.Encode(header.WrittenSpan, _objects.WrittenSpan), header.Length);
    }

    /// <inheritdoc />
    public void Dispose() => _objects.Dispose();
}
