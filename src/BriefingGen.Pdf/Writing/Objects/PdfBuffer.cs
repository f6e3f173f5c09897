using System.Buffers;
using System.Globalization;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// The bytes of PDF objects as they are written. Tokens are separated only where the syntax needs
/// it (ISO 32000-1 §7.2.2): a space goes between two regular characters and nowhere else, so
/// dictionaries come out compact ("/Type/Page/Count 4") and two tokens never run together.
/// </summary>
internal sealed class PdfBuffer
{
    private readonly ArrayBufferWriter<byte> _bytes;
    private bool _endsInRegular;

    /// <summary>Starts an empty buffer.</summary>
    /// <param name="capacity">Bytes to allocate at first.</param>
    public PdfBuffer(int capacity = 4096) => _bytes = new ArrayBufferWriter<byte>(capacity);

    /// <summary>How many bytes have been written.</summary>
    public int Length => _bytes.WrittenCount;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.WrittenSpan;

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
        _bytes.GetSpan(1)[0] = value;
        _bytes.Advance(1);
        return this;
    }

    /// <summary>Appends bytes inside a token being built; spacing is unaffected.</summary>
    public PdfBuffer Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_bytes.GetSpan(bytes.Length));
        _bytes.Advance(bytes.Length);
        return this;
    }

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

    /// <summary>Whether <paramref name="b"/> is a regular character: neither white space nor a delimiter (§7.2.2).</summary>
    public static bool IsRegular(byte b) => b switch
    {
        0 or 9 or 10 or 12 or 13 or 32 => false,
        (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%' => false,
        _ => true,
    };
}
