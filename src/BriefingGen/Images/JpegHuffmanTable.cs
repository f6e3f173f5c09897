namespace BriefingGen.Images;

/// <summary>
/// A Huffman table from a DHT segment (ITU T.81 §C, §F.2.2.3), checked as libjpeg checks it
/// (jdhuff.c): at most 256 symbols, codes that fit their lengths, DC symbols at most 15. Decodes
/// with a 9-bit look-up for short codes, built when the table is first used (a file may define
/// thousands of tables it never uses), and the canonical walk for long ones.
/// </summary>
internal sealed class JpegHuffmanTable
{
    private const int LookAhead = 9;

    private readonly byte[] _symbols;
    private readonly byte[] _lengths;
    private readonly int[] _codes;
    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valueOffset = new int[17];
    private byte[]? _fastLength;
    private byte[]? _fastSymbol;

    private JpegHuffmanTable(ReadOnlySpan<byte> counts, byte[] symbols)
    {
        _symbols = symbols;
        _lengths = new byte[symbols.Length];
        _codes = new int[symbols.Length];
        int code = 0, k = 0;
        for (var length = 1; length <= 16; length++)
        {
            var count = counts[length - 1];
            _valueOffset[length] = k - code;
            for (var i = 0; i < count; i++, k++, code++)
            {
                // libjpeg refuses a code of all ones (jdhuff.c, "no code is allowed to be all ones").
                if (code >= (1 << length) - 1)
                {
                    throw UnusableImageException.Damaged("a Huffman table (DHT) has more codes than its code lengths allow");
                }

                (_lengths[k], _codes[k]) = ((byte)length, code);
            }

            _maxCode[length] = count > 0 ? code - 1 : -1;
            code <<= 1;
        }

        _maxCode[17] = int.MaxValue;
    }

    /// <summary>
    /// Reads one table from a DHT segment at <paramref name="data"/>: 16 counts and the symbols.
    /// Returns the table and the bytes it took.
    /// </summary>
    public static (JpegHuffmanTable Table, int Length) Read(ReadOnlySpan<byte> data, bool isDc)
    {
        if (data.Length < 16)
        {
            throw UnusableImageException.Damaged("a Huffman table (DHT) is cut short");
        }

        var counts = data[..16];
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total > 256 || data.Length < 16 + total)
        {
            throw UnusableImageException.Damaged(total > 256 ? "a Huffman table (DHT) has more than 256 codes" : "a Huffman table (DHT) is cut short");
        }

        var symbols = data.Slice(16, total).ToArray();
        if (isDc && symbols.Any(s => s > 15))
        {
            throw UnusableImageException.Damaged("a DC Huffman table (DHT) names a coefficient size above 15 bits");
        }

        return (new JpegHuffmanTable(counts, symbols), 16 + total);
    }

    /// <summary>Decodes one symbol from <paramref name="reader"/>.</summary>
    /// <exception cref="UnusableImageException">The bits are no code of this table, or run past the scan's data.</exception>
    public int Decode(JpegBitReader reader)
    {
        if (_fastLength is null || _fastSymbol is null)
        {
            (_fastLength, _fastSymbol) = BuildLookUp();
        }

        var available = reader.Fill();
        var peek = reader.Peek(16);
        var fast = _fastLength[peek >> (16 - LookAhead)];
        if (fast != 0)
        {
            if (fast > available)
            {
                throw JpegBitReader.PrematureEnd();
            }

            reader.Skip(fast);
            return _fastSymbol[peek >> (16 - LookAhead)];
        }

        for (var length = LookAhead + 1; length <= 16; length++)
        {
            var code = peek >> (16 - length);
            if (code <= _maxCode[length])
            {
                if (length > available)
                {
                    throw JpegBitReader.PrematureEnd();
                }

                reader.Skip(length);
                return _symbols[code + _valueOffset[length]];
            }
        }

        throw available < 16
            ? JpegBitReader.PrematureEnd()
            : UnusableImageException.Damaged("its compressed data holds a code its Huffman tables do not define");
    }

    /// <summary>For every 9-bit prefix that starts with a code of 9 bits or fewer, that code's length and symbol.</summary>
    private (byte[] Length, byte[] Symbol) BuildLookUp()
    {
        var (lengths, symbols) = (new byte[1 << LookAhead], new byte[1 << LookAhead]);
        for (var k = 0; k < _symbols.Length && _lengths[k] <= LookAhead; k++)
        {
            var shift = LookAhead - _lengths[k];
            for (var fill = 0; fill < 1 << shift; fill++)
            {
                lengths[(_codes[k] << shift) | fill] = _lengths[k];
                symbols[(_codes[k] << shift) | fill] = _symbols[k];
            }
        }

        return (lengths, symbols);
    }
}
