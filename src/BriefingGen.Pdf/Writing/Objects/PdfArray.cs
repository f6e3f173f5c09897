using System.Collections;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>An array object (ISO 32000-1 §7.3.6): objects in order, built up by <see cref="Add"/> or a collection initialiser.</summary>
internal sealed class PdfArray : PdfObject, IEnumerable<PdfObject>
{
    private readonly List<PdfObject> _items = [];

    /// <summary>An empty array.</summary>
    public PdfArray()
    {
    }

    /// <summary>An array of <paramref name="items"/>.</summary>
    public PdfArray(IEnumerable<PdfObject> items) => _items.AddRange(items);

    /// <summary>How many items it holds.</summary>
    public int Count => _items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public PdfObject this[int index] => _items[index];

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(PdfObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
    }

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer)
    {
        buffer.Delimiter("["u8);
        foreach (var item in _items)
        {
            item.WriteTo(buffer);
        }

        buffer.Delimiter("]"u8);
    }

    /// <inheritdoc />
    public IEnumerator<PdfObject> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
