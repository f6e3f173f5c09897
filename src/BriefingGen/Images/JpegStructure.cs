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
    /// <summary>The most scans a progressive file may have: encoders write about ten; each costs a pass over every block.</summary>
    public const int MaxScans = 100;

    private readonly byte[] _bytes;
    private readonly ImageLimits? _limits;
    private readonly JpegHuffmanTable?[] _dc = new JpegHuffmanTable?[4];
    private readonly JpegHuffmanTable?[] _ac = new JpegHuffmanTable?[4];
    private readonly bool[] _quant = new bool[4];
    private readonly List<JpegScan> _scans = [];
    private bool[] _latched = [];
    private int[][] _coefficientBits = [];
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

                    CheckCoverage();
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
                    ReadHuffmanTables(segment);
                    break;
                case 0xDB:
                    ReadQuantisationTables(segment);
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
                    ReadJfif(segment);
                    break;
                case 0xEE:
                    ReadAdobe(segment);
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

        if (data.Length < 6)
        {
            throw UnusableImageException.Damaged("its frame header (SOF) is cut short");
        }

        var (precision, height, width, count) = (data[0], BinaryPrimitives.ReadUInt16BigEndian(data[1..]), BinaryPrimitives.ReadUInt16BigEndian(data[3..]), data[5]);
        if (data.Length != 6 + (3 * count))
        {
            throw UnusableImageException.Damaged($"its frame header (SOF) is {data.Length + 2} bytes long, not the {8 + (3 * count)} its {count} components need");
        }

        if (precision != 8)
        {
            throw UnusableImageException.Unsupported($"it has {precision}-bit samples; PDF readers show only 8-bit JPEGs");
        }

        if (count is not (1 or 3 or 4))
        {
            throw count == 0
                ? UnusableImageException.Damaged("its frame header (SOF) has no colour components")
                : UnusableImageException.Unsupported($"it has {count} colour components; only grey (1), colour (3) and CMYK (4) JPEGs can be used");
        }

        if (height == 0)
        {
            throw UnusableImageException.Unsupported("it gives its height after the image data (DNL marker); save it again");
        }

        if (width == 0)
        {
            throw UnusableImageException.Damaged("its frame header says it is 0 pixels wide");
        }

        var components = new List<JpegComponent>();
        for (var i = 0; i < count; i++)
        {
            var (id, sampling, table) = (data[6 + (3 * i)], data[7 + (3 * i)], data[8 + (3 * i)]);
            var (h, v) = (sampling >> 4, sampling & 15);
            if (h is < 1 or > 4 || v is < 1 or > 4 || table > 3)
            {
                throw UnusableImageException.Damaged($"its frame header gives component {i + 1} sampling {h} × {v} and table {table}; JPEG allows 1–4 and 0–3");
            }

            if (components.Any(c => c.Id == id))
            {
                throw UnusableImageException.Damaged($"its frame header names component {id} twice");
            }

            components.Add(new JpegComponent(id, h, v, table));
        }

        var frame = new JpegFrame(width, height, progressive, components);
        if (components.Any(c => frame.MaxH % c.H != 0 || frame.MaxV % c.V != 0))
        {
            throw UnusableImageException.Unsupported("its colour components are subsampled by fractions, which readers do not support");
        }

        _limits?.CheckSize(width, height);
        Frame = frame;
        _latched = new bool[count];
        _coefficientBits = [.. Enumerable.Range(0, count).Select(_ => Enumerable.Repeat(-1, 64).ToArray())];
    }

    private void ReadHuffmanTables(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var (kind, id) = (data[0] >> 4, data[0] & 15);
            if (kind > 1 || id > 3)
            {
                throw UnusableImageException.Damaged($"a Huffman table (DHT) has class {kind} and number {id}; JPEG allows 0–1 and 0–3");
            }

            var (table, length) = JpegHuffmanTable.Read(data[1..], isDc: kind == 0);
            (kind == 0 ? _dc : _ac)[id] = table;
            data = data[(1 + length)..];
        }
    }

    private void ReadQuantisationTables(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var (precision, id) = (data[0] >> 4, data[0] & 15);
            var size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3 || data.Length < 1 + size)
            {
                throw UnusableImageException.Damaged(data.Length < 1 + size ? "a quantisation table (DQT) is cut short" : $"a quantisation table (DQT) has precision {precision} and number {id}; JPEG allows 0–1 and 0–3");
            }

            _quant[id] = true;
            data = data[(1 + size)..];
        }
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
            dc.Add(_dc[tables >> 4]);
            ac.Add(_ac[tables & 15]);
        }

        var (ss, se, ah, al) = (data[^3], data[^2], data[^1] >> 4, data[^1] & 15);
        CheckScan(components, dc, ac, ss, se, ah, al);
        var start = _at;
        var end = EntropyDataEnd();
        _scans.Add(new JpegScan(components, dc, ac, ss, se, ah, al, _restartInterval, new Range(start, end)));
        _at = end;
    }

    /// <summary>Refuses what libjpeg refuses or warns about at the start of a scan (jdhuff.c, jdphuff.c, jdinput.c).</summary>
    private void CheckScan(List<int> components, List<JpegHuffmanTable?> dc, List<JpegHuffmanTable?> ac, int ss, int se, int ah, int al)
    {
        if (components.Count > 1 && components.Sum(c => Frame.Components[c].H * Frame.Components[c].V) > 10)
        {
            throw UnusableImageException.Damaged("a scan interleaves more than 10 blocks in each unit, more than JPEG allows");
        }

        foreach (var c in components)
        {
            if (!_latched[c] && !_quant[Frame.Components[c].QuantTable])
            {
                throw UnusableImageException.Damaged($"a scan uses quantisation table {Frame.Components[c].QuantTable}, which is not defined before it");
            }

            _latched[c] = true;
        }

        bool needDc, needAc;
        if (!Frame.Progressive)
        {
            if (ss != 0 || se != 63 || ah != 0 || al != 0)
            {
                throw UnusableImageException.Damaged("a scan of a sequential JPEG has progressive parameters");
            }

            (needDc, needAc) = (true, true);
        }
        else
        {
            var dcBand = ss == 0;
            var bad = dcBand ? se != 0 : ss > se || se > 63 || components.Count != 1;
            if (bad || (ah != 0 && al != ah - 1) || al > 13)
            {
                throw UnusableImageException.Damaged("a scan of a progressive JPEG has parameters JPEG does not allow");
            }

            (needDc, needAc) = (dcBand && ah == 0, !dcBand);
            CheckProgression(components, ss, se, ah, al);
        }

        for (var i = 0; i < components.Count; i++)
        {
            if ((needDc && dc[i] is null) || (needAc && ac[i] is null))
            {
                throw UnusableImageException.Damaged("a scan uses a Huffman table that is not defined before it");
            }
        }
    }

    /// <summary>
    /// Each coefficient's successive approximation must go on from where the last scan of it left it,
    /// and AC coefficients come after DC (jdphuff.c; libjpeg warns of a "bogus progression").
    /// </summary>
    private void CheckProgression(List<int> components, int ss, int se, int ah, int al)
    {
        foreach (var c in components)
        {
            var bits = _coefficientBits[c];
            if (ss > 0 && bits[0] < 0)
            {
                throw UnusableImageException.Damaged("a scan of AC coefficients comes before the DC coefficients of its component");
            }

            for (var k = ss; k <= se; k++)
            {
                if (ah != Math.Max(bits[k], 0))
                {
                    throw UnusableImageException.Damaged("its progressive scans refine coefficients out of order");
                }

                bits[k] = al;
            }
        }
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

    /// <summary>Every component must have its data: once in a sequential file, at least its DC coefficients in a progressive one.</summary>
    private void CheckCoverage()
    {
        for (var c = 0; c < Frame.Components.Count; c++)
        {
            var scans = _scans.Count(s => s.Components.Contains(c) && (s.Ss == 0 && s.Ah == 0));
            if (scans == 0 || (!Frame.Progressive && scans > 1))
            {
                throw UnusableImageException.Damaged(scans == 0
                    ? $"it has no image data for its colour component {c + 1}"
                    : $"its colour component {c + 1} has image data twice");
            }
        }
    }

    private void ReadJfif(ReadOnlySpan<byte> data)
    {
        // libjpeg(-turbo) warns of a JFIF major version other than 1 or 2 (jdmarker.c, JWRN_JFIF_MAJOR).
        if (data.Length >= 14 && data[..5].SequenceEqual("JFIF\0"u8))
        {
            _jfif = true;
            if (data[5] is not (1 or 2))
            {
                throw UnusableImageException.Damaged($"its JFIF header claims version {data[5]}.{data[6]}, which no reader knows");
            }
        }
    }

    private void ReadAdobe(ReadOnlySpan<byte> data)
    {
        // libjpeg reads the transform from 12 bytes "Adobe" v v f f f f t (jdmarker.c) and warns of an unknown one.
        if (data.Length >= 12 && data[..5].SequenceEqual("Adobe"u8))
        {
            AdobeTransform = data[11] <= 2
                ? data[11]
                : throw UnusableImageException.Damaged($"its Adobe segment names colour transform {data[11]}; there are 0, 1 and 2");
        }
    }

    private static UnusableImageException Truncated() => UnusableImageException.Damaged("the data ends before the image does (truncated?)");
}
