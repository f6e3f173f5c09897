using System.Numerics;

namespace BriefingGen.Images;

/// <summary>
/// Decodes every scan's Huffman-coded data without the transform (ITU T.81 §F.2.2, §G.1.2), the way
/// libjpeg walks it (jdhuff.c, jdphuff.c): every code defined, every block complete before the data
/// ends, restart markers where the interval puts them and in order, nothing left over. A file that
/// passes decodes in libjpeg — and so in poppler and MuPDF — without "Corrupt JPEG data". For the
/// refinement scans of a progressive file it keeps one bit per coefficient: whether it is non-zero.
/// </summary>
internal sealed class JpegEntropy
{
    private readonly byte[] _bytes;
    private readonly JpegFrame _frame;
    private readonly ulong[][] _nonZero;

    private JpegEntropy(byte[] bytes, JpegFrame frame)
    {
        _bytes = bytes;
        _frame = frame;
        _nonZero = frame.Progressive
            ? [.. Enumerable.Range(0, frame.Components.Count).Select(c => new ulong[(long)frame.BlocksAcross(c) * frame.BlocksDown(c)])]
            : [];
    }

    /// <summary>Decodes every scan of <paramref name="structure"/>.</summary>
    /// <exception cref="UnusableImageException">A scan's data is damaged.</exception>
    public static void Verify(byte[] bytes, JpegStructure structure)
    {
        var entropy = new JpegEntropy(bytes, structure.Frame);
        foreach (var scan in structure.Scans)
        {
            entropy.Scan(scan);
        }
    }

    private void Scan(JpegScan scan)
    {
        var (start, end) = (scan.Data.Start.Value, scan.Data.End.Value);
        var reader = new JpegBitReader(_bytes, start, end);
        var single = scan.Components.Count == 1;
        var across = single ? _frame.BlocksAcross(scan.Components[0]) : _frame.McusAcross;
        var units = (long)across * (single ? _frame.BlocksDown(scan.Components[0]) : _frame.McusDown);
        var state = new ScanState(scan.Components.Count);
        for (var unit = 0L; unit < units; unit++)
        {
            if (scan.RestartInterval > 0 && unit > 0 && unit % scan.RestartInterval == 0)
            {
                reader.Finish(state.Restarts++ & 7);
                state.Reset();
            }

            if (single)
            {
                Block(reader, scan, 0, unit, state);
                continue;
            }

            for (var i = 0; i < scan.Components.Count; i++)
            {
                var component = _frame.Components[scan.Components[i]];
                for (var b = 0; b < component.H * component.V; b++)
                {
                    Block(reader, scan, i, -1, state);
                }
            }
        }

        reader.Finish(null);
    }

    /// <summary>One block of scan component <paramref name="i"/>; <paramref name="index"/> is its place in the component's blocks, for non-interleaved scans.</summary>
    private void Block(JpegBitReader reader, JpegScan scan, int i, long index, ScanState state)
    {
        if (!_frame.Progressive)
        {
            Dc(reader, scan.DcTables[i]!, state, i);
            for (var k = 1; k < 64; k++)
            {
                var rs = scan.AcTables[i]!.Decode(reader);
                var (run, size) = (rs >> 4, rs & 15);
                if (size != 0)
                {
                    k += run;
                    reader.Bits(size);
                }
                else if (run == 15)
                {
                    k += 15;
                }
                else
                {
                    break;
                }
            }

            return;
        }

        if (scan.Ss == 0)
        {
            if (scan.Ah == 0)
            {
                Dc(reader, scan.DcTables[i]!, state, i);
            }
            else
            {
                reader.Bits(1);
            }

            return;
        }

        ref var block = ref _nonZero[scan.Components[0]][index];
        if (scan.Ah == 0)
        {
            AcFirst(reader, scan, ref block, state);
        }
        else
        {
            AcRefine(reader, scan, ref block, state);
        }
    }

    /// <summary>A DC difference; libjpeg-turbo stops with an error when the running value leaves 32 bits (jdphuff.c).</summary>
    private static void Dc(JpegBitReader reader, JpegHuffmanTable table, ScanState state, int i)
    {
        var size = table.Decode(reader);
        if (size == 0)
        {
            return;
        }

        state.Predictions[i] += Extend(reader.Bits(size), size);
        if (state.Predictions[i] is > int.MaxValue or < int.MinValue)
        {
            throw UnusableImageException.Damaged("its DC coefficients run out of range");
        }
    }

    /// <summary>The first scan of a band of AC coefficients (decode_mcu_AC_first).</summary>
    private static void AcFirst(JpegBitReader reader, JpegScan scan, ref ulong block, ScanState state)
    {
        if (state.EndOfBandRun > 0)
        {
            state.EndOfBandRun--;
            return;
        }

        for (var k = scan.Ss; k <= scan.Se; k++)
        {
            var rs = scan.AcTables[0]!.Decode(reader);
            var (run, size) = (rs >> 4, rs & 15);
            if (size != 0)
            {
                k += run;
                var value = Extend(reader.Bits(size), size);
                if ((short)(value << scan.Al) != 0)
                {
                    block |= Bit(k);
                }
            }
            else if (run == 15)
            {
                k += 15;
            }
            else
            {
                state.EndOfBandRun = (1 << run) + reader.Bits(run) - 1;
                break;
            }
        }
    }

    /// <summary>A refinement scan of a band of AC coefficients (decode_mcu_AC_refine): one correction bit per non-zero coefficient passed.</summary>
    private static void AcRefine(JpegBitReader reader, JpegScan scan, ref ulong block, ScanState state)
    {
        var k = scan.Ss;
        if (state.EndOfBandRun == 0)
        {
            for (; k <= scan.Se; k++)
            {
                var rs = scan.AcTables[0]!.Decode(reader);
                var (run, size) = (rs >> 4, rs & 15);
                if (size != 0)
                {
                    if (size != 1)
                    {
                        throw UnusableImageException.Damaged("its compressed data holds a code its Huffman tables do not define");
                    }

                    reader.Bits(1);
                }
                else if (run != 15)
                {
                    state.EndOfBandRun = (1 << run) + reader.Bits(run);
                    break;
                }

                do
                {
                    if ((block & Bit(k)) != 0)
                    {
                        reader.Bits(1);
                    }
                    else if (--run < 0)
                    {
                        break;
                    }

                    k++;
                }
                while (k <= scan.Se);

                if (size != 0)
                {
                    block |= Bit(k);
                }
            }
        }

        if (state.EndOfBandRun > 0)
        {
            // The rest of the band: one correction bit per non-zero coefficient, counted at once —
            // an end-of-band run may cover every block of the picture, scan after scan.
            var band = k > scan.Se ? 0 : (scan.Se == 63 ? ulong.MaxValue : (1UL << (scan.Se + 1)) - 1) & ~((1UL << k) - 1);
            for (var corrections = BitOperations.PopCount(block & band); corrections > 0; corrections -= 16)
            {
                reader.Bits(Math.Min(corrections, 16));
            }

            state.EndOfBandRun--;
        }
    }

    /// <summary>The bit of coefficient <paramref name="k"/> (zig-zag order); libjpeg's table sends positions past 63 to 63.</summary>
    private static ulong Bit(int k) => 1UL << Math.Min(k, 63);

    /// <summary>A magnitude of <paramref name="size"/> bits as a signed value (ITU T.81 §F.2.2.1, EXTEND).</summary>
    private static int Extend(int value, int size) => value < 1 << (size - 1) ? value - (1 << size) + 1 : value;

    /// <summary>What a scan carries from block to block, reset at each restart marker.</summary>
    private sealed class ScanState(int components)
    {
        public long[] Predictions { get; } = new long[components];

        public int EndOfBandRun { get; set; }

        public int Restarts { get; set; }

        public void Reset()
        {
            Array.Clear(Predictions);
            EndOfBandRun = 0;
        }
    }
}
