using System.IO.Compression;
using System.Numerics;
using BriefingGen.Images;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Receives a decoded picture row by row and deflates it at once into two image streams, colour
/// and alpha, so a large picture never sits in memory uncompressed. Each row is written with the
/// PNG Up predictor (ISO 32000-1 §7.4.4.4, <c>/Predictor 15</c>): the difference from the row
/// above, which deflate packs far better than the samples themselves for photographs and
/// gradients, and which is computed many bytes at a time.
/// </summary>
internal sealed class PixelStreams : IPixelRows, IDisposable
{
    /// <summary>
    /// zlib's default level: pixel data is often many megabytes, where level 9 costs several times
    /// the time for a percent or two; the other streams of a paper are small and get level 9.
    /// </summary>
    private static readonly ZLibCompressionOptions Options = new() { CompressionLevel = 6 };

    private Plane? _color;
    private Plane? _alpha;

    /// <summary>Pixels in a row.</summary>
    public int Width { get; private set; }

    /// <summary>Rows.</summary>
    public int Height { get; private set; }

    /// <summary>1 (grey) or 3 (RGB).</summary>
    public int ColorChannels { get; private set; }

    /// <inheritdoc />
    public void Begin(int width, int height, int colorChannels, bool hasAlpha)
    {
        (Width, Height, ColorChannels) = (width, height, colorChannels);
        _color = new Plane(width * colorChannels);
        _alpha = hasAlpha ? new Plane(width) : null;
    }

    /// <inheritdoc />
    public void Row(ReadOnlySpan<byte> color, ReadOnlySpan<byte> alpha)
    {
        _color!.Write(color);
        _alpha?.Write(alpha);
    }

    /// <summary>The deflated colour samples.</summary>
    public byte[] Color() => _color!.Finish();

    /// <summary>The deflated alpha samples, or null when the picture is opaque.</summary>
    public byte[]? Alpha() => _alpha?.Finish();

    /// <summary>The <c>/DecodeParms</c> that undo the predictor for a stream of <paramref name="colors"/> samples a pixel.</summary>
    public Objects.PdfDictionary DecodeParms(int colors) => new()
    {
        ["Predictor"] = 15,
        ["Colors"] = colors,
        ["BitsPerComponent"] = 8,
        ["Columns"] = Width,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        _color?.Dispose();
        _alpha?.Dispose();
    }

    /// <summary>One image stream being written: the row above, the filtered row and the compressor.</summary>
    private sealed class Plane(int stride) : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly byte[] _above = new byte[stride];
        private readonly byte[] _filtered = new byte[stride + 1];
        private ZLibStream? _zlib;

        public void Write(ReadOnlySpan<byte> row)
        {
            _zlib ??= new ZLibStream(_buffer, Options, leaveOpen: true);
            _filtered[0] = 2; // Up
            var x = 0;
            for (; x <= stride - Vector<byte>.Count; x += Vector<byte>.Count)
            {
                (new Vector<byte>(row[x..]) - new Vector<byte>(_above, x)).CopyTo(_filtered, x + 1);
            }

            for (; x < stride; x++)
            {
                _filtered[x + 1] = (byte)(row[x] - _above[x]);
            }

            row.CopyTo(_above);
            _zlib.Write(_filtered);
        }

        public byte[] Finish()
        {
            _zlib?.Dispose();
            _zlib = null;
            return _buffer.ToArray();
        }

        public void Dispose()
        {
            _zlib?.Dispose();
            _buffer.Dispose();
        }
    }
}
