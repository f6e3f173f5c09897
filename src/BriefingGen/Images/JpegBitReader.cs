namespace BriefingGen.Images;

/// <summary>
/// Reads the bits of a scan's entropy-coded data (ITU T.81 §F.2.2.5) as libjpeg does: a 0xFF byte
/// is followed by a stuffed 0x00, fill bytes 0xFF may come before a marker, and a marker ends the
/// data. A read that needs bits beyond a marker is the damage libjpeg reports as "premature end of
/// data segment"; here it refuses the file.
/// </summary>
internal sealed class JpegBitReader(byte[] data, int start, int end)
{
    private ulong _buffer;
    private int _bits;
    private int _position = start;

    /// <summary>True once the data up to the next marker is all in the buffer.</summary>
    private bool AtMarker { get; set; }

    /// <summary>The damage of a read past the data.</summary>
    public static UnusableImageException PrematureEnd() =>
        UnusableImageException.Damaged("its compressed data ends before its last block (truncated?)");

    /// <summary>Buffers at least 16 bits when the data has them; returns how many are buffered.</summary>
    public int Fill()
    {
        while (_bits <= 56 && !AtMarker)
        {
            if (_position >= end)
            {
                AtMarker = true;
                break;
            }

            var b = data[_position];
            if (b == 0xFF)
            {
                var next = _position + 1;
                while (next < end && data[next] == 0xFF)
                {
                    next++;
                }

                if (next >= end || data[next] != 0)
                {
                    AtMarker = true; // a marker (a restart, or the data's end) at _position
                    break;
                }

                _position = next + 1;
            }
            else
            {
                _position++;
            }

            _buffer |= (ulong)b << (56 - _bits);
            _bits += 8;
        }

        return _bits;
    }

    /// <summary>The next <paramref name="n"/> bits (1 to 16) without taking them, zeros past the data.</summary>
    public int Peek(int n) => (int)(_buffer >> (64 - n));

    /// <summary>Takes <paramref name="n"/> bits that <see cref="Fill"/> has buffered.</summary>
    public void Skip(int n)
    {
        _buffer <<= n;
        _bits -= n;
    }

    /// <summary>Takes <paramref name="n"/> bits (0 to 16) as a number.</summary>
    public int Bits(int n)
    {
        if (n == 0)
        {
            return 0;
        }

        if (_bits < n && Fill() < n)
        {
            throw PrematureEnd();
        }

        var value = Peek(n);
        Skip(n);
        return value;
    }

    /// <summary>
    /// Ends a restart interval or the scan: what is left must be only the padding bits of the last
    /// byte, and then the marker: restart marker <paramref name="restart"/> (0–7), or, for null, the
    /// end of the scan's data.
    /// </summary>
    public void Finish(int? restart)
    {
        Fill();
        var stray = _bits / 8;
        if (stray > 0 || !AtMarker)
        {
            throw UnusableImageException.Damaged("its compressed data has stray bytes after a run of blocks");
        }

        while (_position < end && data[_position] == 0xFF && _position + 1 < end && data[_position + 1] == 0xFF)
        {
            _position++; // fill bytes before the marker
        }

        var marker = _position + 1 < end ? data[_position + 1] : -1;
        if (restart is not { } n)
        {
            if (marker >= 0)
            {
                throw UnusableImageException.Damaged($"its compressed data has a marker {marker:X2} after its last block");
            }

            return;
        }

        if (marker != 0xD0 + n)
        {
            throw UnusableImageException.Damaged(marker is >= 0xD0 and <= 0xD7
                ? $"restart marker {marker - 0xD0} comes where marker {n} is due"
                : "its compressed data ends before its last block (a restart marker is missing)");
        }

        (_position, _buffer, _bits, AtMarker) = (_position + 2, 0, 0, false);
    }
}
