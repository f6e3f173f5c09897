using System.Collections.Concurrent;
using System.Text;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// A name object (ISO 32000-1 §7.3.5): the UTF-8 bytes of its text after a solidus, with every
/// byte that is not a regular printable character (white space, delimiters, "#", anything outside
/// 0x21–0x7E) written as #xx so that any text survives as a name.
/// </summary>
internal sealed class PdfName : PdfObject, IEquatable<PdfName>
{
    private readonly byte[] _bytes;

    /// <summary>The name whose text is <paramref name="value"/> (without the solidus); made by <see cref="Of"/>.</summary>
    private PdfName(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("a PDF name cannot hold a null byte (§7.3.5)", nameof(value));
        }

        Value = value;
        _bytes = Encode(value);
    }

    /// <summary>The name's text.</summary>
    public string Value { get; }

    /// <summary>
    /// Names made before, by text: a paper writes a few hundred distinct names (/Type, /P, /MCID…)
    /// tens of thousands of times. Names made from content (a subset font's tag) are many over a
    /// server's life, so only the first <see cref="KeptNames"/> are kept.
    /// </summary>
    private static readonly ConcurrentDictionary<string, PdfName> Known = new(StringComparer.Ordinal);

    /// <summary>The most names <see cref="Known"/> keeps.</summary>
    private const int KeptNames = 4096;

    /// <summary>A name for a dictionary key or a value such as /Page; a name is immutable, so one object serves every use.</summary>
    public static implicit operator PdfName(string value) => Of(value);

    /// <summary>The name whose text is <paramref name="value"/> (without the solidus), the one made before when there is one.</summary>
    public static PdfName Of(string value)
    {
        if (Known.TryGetValue(value, out var known))
        {
            return known;
        }

        var name = new PdfName(value);
        return Known.Count < KeptNames ? Known.GetOrAdd(value, name) : name;
    }

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer) => buffer.Token(_bytes, endsInRegular: true);

    /// <inheritdoc />
    public bool Equals(PdfName? other) => ReferenceEquals(this, other) || (other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PdfName);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    private static byte[] Encode(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        var bytes = new List<byte>(utf8.Length + 1) { (byte)'/' };
        foreach (var b in utf8)
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' || !PdfBuffer.IsRegular(b))
            {
                bytes.Add((byte)'#');
                bytes.Add(Hex.Digit(b >> 4));
                bytes.Add(Hex.Digit(b & 0xF));
            }
            else
            {
                bytes.Add(b);
            }
        }

        return [.. bytes];
    }
}
