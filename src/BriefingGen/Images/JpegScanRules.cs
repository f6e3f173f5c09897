namespace BriefingGen.Images;

/// <summary>
/// What libjpeg refuses or warns about when a scan starts (jdhuff.c, jdphuff.c, jdinput.c), kept
/// across the scans of one frame: interleaving within limits, quantisation tables defined when a
/// component is first met, scan parameters that fit the frame's process, the Huffman tables they
/// need, and a progression in which every coefficient is refined from where the last scan left it.
/// </summary>
internal sealed class JpegScanRules(JpegFrame frame)
{
    private readonly bool[] _latched = new bool[frame.Components.Count];
    private readonly int[][] _coefficientBits = [.. frame.Components.Select(_ => Enumerable.Repeat(-1, 64).ToArray())];
    private readonly int[] _firstScans = new int[frame.Components.Count];

    /// <summary>Checks a scan of <paramref name="components"/> (indexes into the frame's) with the tables chosen for each.</summary>
    /// <exception cref="UnusableImageException">The scan breaks a rule.</exception>
    public void Check(IReadOnlyList<int> components, IReadOnlyList<JpegHuffmanTable?> dc, IReadOnlyList<JpegHuffmanTable?> ac, int ss, int se, int ah, int al, JpegTables tables)
    {
        if (components.Count > 1 && components.Sum(c => frame.Components[c].H * frame.Components[c].V) > 10)
        {
            throw UnusableImageException.Damaged("a scan interleaves more than 10 blocks in each unit, more than JPEG allows");
        }

        foreach (var c in components)
        {
            // libjpeg takes a component's quantisation table when the first scan with it starts.
            if (!_latched[c] && !tables.HasQuantisation(frame.Components[c].QuantTable))
            {
                throw UnusableImageException.Damaged($"a scan uses quantisation table {frame.Components[c].QuantTable}, which is not defined before it");
            }

            _latched[c] = true;
            _firstScans[c] += ss == 0 && ah == 0 ? 1 : 0;
        }

        bool needDc, needAc;
        if (!frame.Progressive)
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
            Progress(components, ss, se, ah, al);
        }

        for (var i = 0; i < components.Count; i++)
        {
            if ((needDc && dc[i] is null) || (needAc && ac[i] is null))
            {
                throw UnusableImageException.Damaged("a scan uses a Huffman table that is not defined before it");
            }
        }
    }

    /// <summary>At the end: every component has its data, once in a sequential file, at least its DC coefficients in a progressive one.</summary>
    public void CheckCoverage()
    {
        for (var c = 0; c < _firstScans.Length; c++)
        {
            if (_firstScans[c] == 0 || (!frame.Progressive && _firstScans[c] > 1))
            {
                throw UnusableImageException.Damaged(_firstScans[c] == 0
                    ? $"it has no image data for its colour component {c + 1}"
                    : $"its colour component {c + 1} has image data twice");
            }
        }
    }

    /// <summary>AC coefficients come after DC, and each refinement goes on from the last (libjpeg warns of a "bogus progression").</summary>
    private void Progress(IReadOnlyList<int> components, int ss, int se, int ah, int al)
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
}
