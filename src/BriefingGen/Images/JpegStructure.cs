using System.Buffers.Binary;

namespace BriefingGen.Images;

/// <summary>
/// A JPEG's markers, walked and checked (ITU T.81 Annex B) the way libjpeg reads them (jdmarker.c),
/// so that whatever passes here is read by libjpeg — and so by poppler and MuPDF — without an error
/// or a warning: SOI first; every segment's length within the file; one baseline, extended or
/// progressive Huffman frame of 8-bit samples and 1, 3 or 4 components; quantisation and Huffman
/// tables defined before a scan uses them; scans whose parameters fit the frame's process; their
/// entropy-coded data; and EOI at the end. Bytes after EOI are not part of the picture.
/// </summary>
internal sealed class JpegStructure
{
    /// <summary>
    /// The most scans a progressive file may have: encoders write ten or twenty; each costs a pass
    /// over every block, here and in every reader, however little data it holds.
    /// </summary>
    public const int MaxScans = 64;

    private readonly byte[] _bytes;
    private readonly ImageLimits? _limits;
    private readonly JpegTables _tables = new();
    private readonly List<JpegScan> _scans = [];
    private JpegScanRules? _rules;
    private int _restartInterval;
    private bool _jfif;
    private int _at;

    private JpegStructure(byte[] bytes, ImageLimits? limits)
    {
        _bytes = bytes;
        _limits = limits;
    }

    /// <summary>The frame header.</summary>
    public JpegFrame Frame { get; private set; } = null!;

    /// <summary>The scans, in file order.</summary>
    public IReadOnlyList<JpegScan> Scans => _scans;

    /// <summary>The colour transform of an Adobe APP14 segment (0 none, 1 YCbCr, 2 YCCK), or null when there is none.</summary>
    public int? AdobeTransform { get; private set; }

    /// <summary>Bytes from SOI to the end of EOI: the picture without anything appended to it.</summary>
    public int Length { get; private set; }

    /// <summary>
    /// True for CMYK data stored inverted, as Adobe's software writes it and marks it with its APP14
    /// segment; a PDF shows it right with <c>/Decode [1 0 1 0 1 0 1 0]</c>.
    /// </summary>
    public bool InvertedCmyk => Frame.Components.Count == 4 && AdobeTransform is not null;

    /// <summary>
    /// True for three components that libjpeg reads as RGB rather than YCbCr: no JFIF or Adobe
    /// segment and component ids 'R', 'G', 'B' (jdapimin.c). A PDF needs <c>/ColorTransform 0</c> to agree.
    /// </summary>
    public bool RgbWithoutTransform =>
        Frame.Components.Count == 3 && !_jfif && AdobeTransform is null
        && Frame.Components[0].Id == 'R' && Frame.Components[1].Id == 'G' && Frame.Components[2].Id == 'B';

    /// <summary>Walks <paramref name="jpeg"/>, refusing a frame beyond <paramref name="limits"/> (when given) before any scan is read.</summary>
    /// <exception cref="UnusableImageException">The file breaks a rule a reader depends on.</exception>
    public static JpegStructure Read(byte[] jpeg, ImageLimits? limits)
    {
        var structure = new JpegStructure(jpeg, limits);
        structure.Walk();
        return structure;
    }

    private void Walk()
    {
        if (_bytes.Length < 2 || _bytes[0] != 0xFF || _bytes[1] != 0xD8)
        {
            throw UnusableImageException.Damaged("it does not begin with a JPEG start-of-image marker");
        }

        _at = 2;
        while (true)
        {
            var marker = NextMarker();
            switch (marker)
            {
                case 0xD9:
                    if (_scans.Count == 0)
                    {
                        throw UnusableImageException.Damaged("it ends without any image data (no SOS segment)");
                    }

                    _rules!.CheckCoverage();
                    Length = _at;
                    return;
                case 0xD8:
                    throw UnusableImageException.Damaged("it has a second start-of-image marker");
                case >= 0xD0 and <= 0xD7 or 0x01:
                    throw UnusableImageException.Damaged($"it has a marker {marker:X2} outside its image data");
            }

            var segment = Segment();
            switch (marker)
            {
                case 0xC0 or 0xC1 or 0xC2:
                    ReadFrame(segment, marker == 0xC2);
                    break;
                case 0xC3:
                    throw UnusableImageException.Unsupported("it is a lossless JPEG, which PDF and Word cannot show; save it as a baseline JPEG");
                case 0xC5 or 0xC6 or 0xC7 or 0xCD or 0xCE or 0xCF or 0xDE or 0xDF:
                    throw UnusableImageException.Unsupported("it is a hierarchical JPEG, which PDF and Word cannot show; save it as a baseline JPEG");
                case 0xC9 or 0xCA or 0xCB or 0xCC:
                    throw UnusableImageException.Unsupported("it uses arithmetic coding, which few readers support; save it as a baseline JPEG");
                case 0xC4:
                    _tables.ReadHuffman(segment);
                    break;
                case 0xDB:
                    _tables.ReadQuantisation(segment);
                    break;
                case 0xDD:
                    _restartInterval = segment.Length == 2
                        ? BinaryPrimitives.ReadUInt16BigEndian(segment)
                        : throw UnusableImageException.Damaged("its restart interval segment (DRI) is not 4 bytes long");
                    break;
                case 0xDC:
                    throw UnusableImageException.Unsupported("it gives its height after the image data (DNL marker); save it again");
                case 0xDA:
                    ReadScan(segment);
                    break;
                case 0xE0:
                    _jfif |= JpegAppSegments.IsJfif(segment);
                    break;
                case 0xEE:
                    AdobeTransform = JpegAppSegments.AdobeTransform(segment) ?? AdobeTransform; // the last one counts, as in libjpeg
                    break;
                case (> 0xE0 and <= 0xEF) or 0xFE:
                    break; // other application data and comments
                default:
                    throw UnusableImageException.Damaged($"it has a marker {marker:X2} that JPEG does not define");
            }
        }
    }

    /// <summary>The next marker, which must follow at once (fill bytes 0xFF aside: libjpeg warns of anything else).</summary>
    private int NextMarker()
    {
        if (_at >= _bytes.Length)
        {
            throw Truncated();
        }

        if (_bytes[_at] != 0xFF)
        {
            throw UnusableImageException.Damaged("it has stray bytes between its segments");
        }

        while (_at < _bytes.Length && _bytes[_at] == 0xFF)
        {
            _at++;
        }

        return _at < _bytes.Length ? _bytes[_at++] : throw Truncated();
    }

    /// <summary>The data of the segment at the current position (after its two length bytes), which is then passed.</summary>
    private ReadOnlySpan<byte> Segment()
    {
        if (_bytes.Length - _at < 2)
        {
            throw Truncated();
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(_at));
        if (length < 2)
        {
            throw UnusableImageException.Damaged($"a segment claims a length of {length} bytes, less than its own length field");
        }

        if (length > _bytes.Length - _at)
        {
            throw Truncated();
        }

        var data = _bytes.AsSpan(_at + 2, length - 2);
        _at += length;
        return data;
    }

    private void ReadFrame(ReadOnlySpan<byte> data, bool progressive)
    {
        if (Frame is not null)
        {
            throw UnusableImageException.Damaged("it has two frame headers (SOF)");
        }

        var frame = JpegFrame.Read(data, progressive);
        _limits?.CheckSize(frame.Width, frame.Height);
        (Frame, _rules) = (frame, new JpegScanRules(frame));
    }

    private void ReadScan(ReadOnlySpan<byte> data)
    {
        if (Frame is null)
        {
            throw UnusableImageException.Damaged("its image data (SOS) comes before its frame header (SOF)");
        }

        if (_scans.Count == MaxScans)
        {
            throw UnusableImageException.Unsupported($"it has more than {MaxScans} scans; save it as a baseline JPEG");
        }

        var count = data.Length > 0 ? data[0] : 0;
        if (count is < 1 or > 4 || data.Length != 4 + (2 * count))
        {
            throw UnusableImageException.Damaged("its scan header (SOS) is malformed");
        }

        var components = new List<int>();
        var dc = new List<JpegHuffmanTable?>();
        var ac = new List<JpegHuffmanTable?>();
        for (var i = 0; i < count; i++)
        {
            var (id, tables) = (data[1 + (2 * i)], data[2 + (2 * i)]);
            var index = Frame.Components.ToList().FindIndex(c => c.Id == id);
            if (index < 0 || components.Contains(index) || tables >> 4 > 3 || (tables & 15) > 3)
            {
                throw UnusableImageException.Damaged($"its scan header (SOS) names component {id} or its tables wrongly");
            }

            components.Add(index);
            dc.Add(_tables.Dc(tables >> 4));
            ac.Add(_tables.Ac(tables & 15));
        }

        var (ss, se, ah, al) = (data[^3], data[^2], data[^1] >> 4, data[^1] & 15);
        _rules!.Check(components, dc, ac, ss, se, ah, al, _tables);
        var start = _at;
        var end = EntropyDataEnd();
        _scans.Add(new JpegScan(components, dc, ac, ss, se, ah, al, _restartInterval, new Range(start, end)));
        _at = end;
    }

    /// <summary>Where the entropy-coded data that starts here ends: at the first marker that is not a restart marker.</summary>
    private int EntropyDataEnd()
    {
        var i = _at;
        while (true)
        {
            var ff = _bytes.AsSpan(i).IndexOf((byte)0xFF);
            if (ff < 0 || i + ff + 1 >= _bytes.Length)
            {
                throw Truncated();
            }

            i += ff + 1;
            var next = _bytes[i];
            if (next != 0 && next != 0xFF && next is not (>= 0xD0 and <= 0xD7))
            {
                return i - 1;
            }
        }
    }

    private static UnusableImageException Truncated() => UnusableImageException.Damaged("the data ends before the image does (truncated?)");
}
