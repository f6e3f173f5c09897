using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// A dictionary object (ISO 32000-1 §7.3.7). Keys keep the order they were first set in, so the
/// same document always gives the same bytes; setting a key again replaces its value in place.
/// </summary>
internal sealed class PdfDictionary : PdfObject, IEnumerable<KeyValuePair<PdfName, PdfObject>>
{
    private readonly List<KeyValuePair<PdfName, PdfObject>> _entries = [];

    /// <summary>How many entries it holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The value of <paramref name="key"/>; setting it adds or replaces the entry.</summary>
    public PdfObject this[PdfName key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no /{key.Value} in the dictionary");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(value);
            var index = IndexOf(key);
            if (index >= 0)
            {
                _entries[index] = new(key, value);
            }
            else
            {
                _entries.Add(new(key, value));
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, when the dictionary has one.</summary>
    public bool TryGetValue(PdfName key, [NotNullWhen(true)] out PdfObject? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null;
        return value is not null;
    }

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer)
    {
        buffer.Delimiter("<<"u8);
        foreach (var (key, value) in _entries)
        {
            key.WriteTo(buffer);
            value.WriteTo(buffer);
        }

        buffer.Delimiter(">>"u8);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<PdfName, PdfObject>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(PdfName key)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Key.Equals(key))
            {
                return i;
            }
        }

        return -1;
    }
}
