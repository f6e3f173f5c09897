using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// ASCII bytes of a content stream, written straight into a buffer: a page holds thousands of
/// numbers and glyph ids, and formatting each as a string first would cost more than the page.
/// One buffer per thread is kept and cleared for each page, so a paper's pages, and the next
/// paper's, are written without allocating a buffer each.
/// </summary>
internal sealed class ContentBuffer
{
    /// <summary>A buffer grown past this (a page of a huge table) is not kept for the next paper.</summary>
    private const int MaxKeptBytes = 1024 * 1024;

    [ThreadStatic]
    private static ContentBuffer? _kept;

    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);

    /// <summary>The bytes written since the buffer was taken or cleared.</summary>
    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    /// <summary>This thread's buffer, empty; give it back with <see cref="Return"/>.</summary>
    public static ContentBuffer Take()
    {
        var buffer = _kept ?? new ContentBuffer();
        _kept = null;
        buffer.Clear();
        return buffer;
    }

    /// <summary>Keeps <paramref name="buffer"/> for this thread's next page, unless it has grown too large.</summary>
    public static void Return(ContentBuffer buffer)
    {
        if (buffer._bytes.Capacity <= MaxKeptBytes)
        {
            _kept = buffer;
        }
    }

    /// <summary>Empties the buffer, keeping its memory.</summary>
    public void Clear() => _bytes.ResetWrittenCount();

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
}
