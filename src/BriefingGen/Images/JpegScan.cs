namespace BriefingGen.Images;

/// <summary>
/// One scan of a JPEG (ITU T.81 §B.2.3): which components it holds (indexes into the frame's), the
/// Huffman tables in force for each, its spectral selection and successive approximation, the
/// restart interval, and where its entropy-coded data lies in the file.
/// </summary>
internal sealed record JpegScan(
    IReadOnlyList<int> Components,
    IReadOnlyList<JpegHuffmanTable?> DcTables,
    IReadOnlyList<JpegHuffmanTable?> AcTables,
    int Ss,
    int Se,
    int Ah,
    int Al,
    int RestartInterval,
    Range Data);
