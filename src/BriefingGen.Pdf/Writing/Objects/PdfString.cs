using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// A string object (ISO 32000-1 §7.3.4): bytes written either as a literal in parentheses, with
/// "(", ")" and "\" escaped and anything unprintable as an octal escape, or in hex. Text strings
/// (§7.9.2.2) are PDFDocEncoding when every character has a byte there, otherwise UTF-16BE with a
/// byte-order mark, so any text survives.
/// </summary>
internal sealed class PdfString : PdfObject
{
    private readonly byte[] _bytes;
    private readonly bool _hex;

    private PdfString(byte[] bytes, bool hex)
    {
        _bytes = bytes;
        _hex = hex;
    }

    /// <summary>The string's bytes, as a reader decodes them.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>A text string, for titles, alternate text, language tags and other human-readable values.</summary>
    public static PdfString Text(string text)
    {
        if (PdfDocEncoding.TryEncode(text, out var bytes))
        {
            return new PdfString(bytes, hex: false);
        }

        byte[] utf16 = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
        return new PdfString(utf16, hex: true);
    }

    /// <summary>An ASCII string, for URIs (§12.6.4.7); characters outside printable ASCII become "?".</summary>
    public static PdfString Ascii(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] is >= ' ' and <= '~' ? (byte)text[i] : (byte)'?';
        }

        return new PdfString(bytes, hex: false);
    }

    /// <summary>A byte string written in hex, such as a file identifier.</summary>
    public static PdfString Binary(ReadOnlySpan<byte> bytes) => new(bytes.ToArray(), hex: true);

    /// <summary>A date (§7.9.4), D:YYYYMMDDHHmmSSZ, at midnight UTC.</summary>
    public static PdfString Date(DateOnly date) =>
        Ascii(string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMdd}000000Z"));

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer)
    {
        if (_hex)
        {
            buffer.Delimiter("<"u8);
            foreach (var b in _bytes)
            {
                buffer.Append(Hex.Digit(b >> 4)).Append(Hex.Digit(b & 0xF));
            }

            buffer.Delimiter(">"u8);
            return;
        }

        buffer.Delimiter("("u8);
        foreach (var b in _bytes)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\':
                    buffer.Append((byte)'\\').Append(b);
                    break;
                case >= 0x20 and <= 0x7E:
                    buffer.Append(b);
                    break;
                default:
                    // An end-of-line inside a literal would be read back as a plain LF (§7.3.4.2), so every
                    // control and high byte is escaped and the file stays printable.
                    buffer.Append((byte)'\\').Append((byte)('0' + (b >> 6))).Append((byte)('0' + ((b >> 3) & 7))).Append((byte)('0' + (b & 7)));
                    break;
            }
        }

        buffer.Delimiter(")"u8);
    }
}
