using System.Buffers;
using System.Globalization;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// The bytes of PDF objects as they are written. Tokens are separated only where the syntax needs
/// it (ISO 32000-1 §7.2.2): a space goes between two regular characters and nowhere else, so
/// dictionaries come out compact ("/Type/Page/Count 4") and two tokens never run together.
/// <para>
/// Its memory is rented from the shared array pool and given back on <see cref="Dispose"/>: a
/// paper's file and object streams pass through buffers of tens of kilobytes, which a batch or a
/// server would otherwise allocate afresh for every paper. A buffer not disposed is simply collected.
/// </para>
/// </summary>
internal sealed class PdfBuffer : IDisposable
{
    private byte[] _array;
    private int _length;
    private bool _endsInRegular;

    /// <summary>Starts an empty buffer.</summary>
    /// <param name="capacity">Bytes to allocate at first.</param>
    public PdfBuffer(int capacity = 4096) => _array = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>How many bytes have been written.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _length);

    /// <summary>
    /// Appends one token. <paramref name="endsInRegular"/> says whether a regular character that
    /// follows would be read as part of it: true for numbers, keywords and every name (even "/",
    /// the empty name, would swallow a following number).
    /// </summary>
    public PdfBuffer Token(ReadOnlySpan<byte> token, bool endsInRegular)
    {
        if (token.Length > 0 && _endsInRegular && IsRegular(token[0]))
        {
            Append((byte)' ');
        }

        Append(token);
        _endsInRegular = endsInRegular;
        return this;
    }

    /// <summary>Appends a delimiter such as "[" or "&gt;&gt;", which needs no space on either side.</summary>
    public PdfBuffer Delimiter(ReadOnlySpan<byte> delimiter) => Token(delimiter, endsInRegular: false);

    /// <summary>Appends a whole number.</summary>
    public PdfBuffer Integer(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return Token(digits[..written], endsInRegular: true);
    }

    /// <summary>Appends a real number as <see cref="PdfFormat.Number"/> writes it: at most three decimals, no trailing zeros.</summary>
    public PdfBuffer Real(double value)
    {
        Span<byte> digits = stackalloc byte[64];
        return Token(digits[..PdfFormat.Format(value, digits)], endsInRegular: true);
    }

    /// <summary>Appends bytes as they are, such as stream data or a line of file structure; a token after them needs no space.</summary>
    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        Append(bytes);
        _endsInRegular = false;
        return this;
    }

    /// <summary>Ends the last token, with a space if it could run into what follows, so that the next byte starts something new.</summary>
    public PdfBuffer EndToken() => _endsInRegular ? Raw(" "u8) : this;

    /// <summary>Appends one byte inside a token being built (a string's content); spacing is unaffected.</summary>
    public PdfBuffer Append(byte value)
    {
        Room(1)[0] = value;
        _length++;
        return this;
    }

    /// <summary>Appends bytes inside a token being built; spacing is unaffected.</summary>
    public PdfBuffer Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Gives the memory back to the pool; the buffer is empty afterwards.</summary>
    public void Dispose()
    {
        var array = _array;
        (_array, _length) = ([], 0);
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    /// <summary>Room for <paramref name="count"/> more bytes after those written, growing the buffer when it is full.</summary>
    private Span<byte> Room(int count)
    {
        if (_array.Length - _length < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(checked(_length + count), Math.Min(Array.MaxLength, 2L * _array.Length)));
            WrittenSpan.CopyTo(larger);
            if (_array.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_array);
            }

            _array = larger;
        }

        return _array.AsSpan(_length, count);
    }

    /// <summary>Whether <paramref name="b"/> is a regular character: neither white space nor a delimiter (§7.2.2).</summary>
    public static bool IsRegular(byte b) => b switch
    {
        0 or 9 or 10 or 12 or 13 or 32 => false,
        (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%' => false,
        _ => true,
    };
}
