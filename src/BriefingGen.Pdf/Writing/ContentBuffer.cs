using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// ASCII bytes of a content stream, written straight into a buffer: a page holds thousands of
/// numbers and glyph ids, and formatting each as a string first would cost more than the page.
/// </summary>
internal sealed class ContentBuffer
{
    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);

    /// <summary>Appends ASCII text (operators, names).</summary>
    public ContentBuffer Raw(string text)
    {
        var span = _bytes.GetSpan(text.Length);
        var written = Encoding.ASCII.GetBytes(text, span);
        _bytes.Advance(written);
        return this;
    }

    /// <summary>Appends one ASCII character.</summary>
    public ContentBuffer Raw(char c)
    {
        _bytes.GetSpan(1)[0] = (byte)c;
        _bytes.Advance(1);
        return this;
    }

    /// <summary>Appends a number as <see cref="PdfFormat.Number"/> writes it: at most three decimals, no trailing zeros.</summary>
    public ContentBuffer Number(double value)
    {
        _bytes.Advance(PdfFormat.Format(value, _bytes.GetSpan(32)));
        return this;
    }

    /// <summary>Appends a number with up to six decimals, for transforms whose small factors three would spoil.</summary>
    public ContentBuffer Precise(double value)
    {
        var rounded = Math.Round(value, 6);
        return Raw((rounded == 0 ? 0 : rounded).ToString("0.######", CultureInfo.InvariantCulture));
    }

    /// <summary>Appends a whole number.</summary>
    public ContentBuffer Number(int value)
    {
        var span = _bytes.GetSpan(11);
        value.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
        _bytes.Advance(written);
        return this;
    }

    /// <summary>Appends a two-byte glyph id as four hex digits in angle brackets.</summary>
    public ContentBuffer GlyphId(uint id)
    {
        var span = _bytes.GetSpan(6);
        span[0] = (byte)'<';
        for (var i = 0; i < 4; i++)
        {
            span[4 - i] = (byte)"0123456789ABCDEF"[(int)((id >> (4 * i)) & 0xF)];
        }

        span[5] = (byte)'>';
        _bytes.Advance(6);
        return this;
    }

    /// <summary>The bytes written.</summary>
    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();
}
