namespace BriefingGen.Images;

/// <summary>
/// The data of a PNG's IDAT chunks read as one stream, without copying it out of the file: the
/// chunks split the zlib stream at any byte (PNG spec §10.1).
/// </summary>
internal sealed class IdatStream(ReadOnlyMemory<byte> png, IReadOnlyList<Range> parts) : Stream
{
    private int _part;
    private int _offset;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_part < parts.Count)
        {
            var piece = png.Span[parts[_part]][_offset..];
            if (piece.IsEmpty)
            {
                (_part, _offset) = (_part + 1, 0);
                continue;
            }

            var n = Math.Min(piece.Length, buffer.Length);
            piece[..n].CopyTo(buffer);
            _offset += n;
            return n;
        }

        return 0;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
