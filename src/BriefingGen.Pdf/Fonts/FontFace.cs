using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using HbFont = HarfBuzzSharp.Font;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// One loaded TrueType face: its bytes (for subsetting), a HarfBuzz font at a scale of one unit
/// per font unit (so shaping results are in font units), and the metrics the layout and the PDF
/// font descriptor need.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    // Faces are shared by every render in the process, on any thread.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _coverage = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<uint, int> _advances = new();
    private readonly Caching.BoundedCache<string, ShapedRun> _shaped = new(MaxKeptRuns, StringComparer.Ordinal, (text, _) => text.Length <= MaxKeptRunLength);
    private readonly Lazy<string?> _whyNotEmbeddable;

    /// <summary>
    /// Words up to this length are kept once shaped, for every later paper of the process; longer
    /// runs are rare, and keeping them would let one hostile field hold its size in memory.
    /// </summary>
    private const int MaxKeptRunLength = 64;

    /// <summary>How many shaped words a face keeps; when full it starts again, so a server's memory stays bounded.</summary>
    private const int MaxKeptRuns = 50_000;

    /// <summary>Loads face <paramref name="info"/>.</summary>
    public FontFace(FontInfo info)
    {
        Info = info;
        Bytes = IO.BoundedFile.ReadBytes(info.Path, FontCatalog.MaxFontBytes, pinned: true, out var error) ?? throw new IOException($"cannot read the font {info.Path}: {error}");
        _blob = PinnedBlob(Bytes);
        HbFace = new Face(_blob, info.FaceIndex);
        UnitsPerEm = HbFace.UnitsPerEm;
        HbFont = new HbFont(HbFace);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        HbFont.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender;
        Descender = extents.Descender;
        LineGap = extents.LineGap;

        using var stream = new MemoryStream(Bytes);
        var tables = OpenTypeTables.Read(stream, info.FaceIndex, "name", "OS/2", "head", "post");
        PostScriptName = Sanitize(tables.Name(6) ?? info.Family);
        BoundingBox = tables.BoundingBox;
        ItalicAngle = tables.ItalicAngle;
        FixedPitch = tables.FixedPitch;
        CapHeight = tables.CapHeight ?? (short)(Ascender * 0.7);
        _whyNotEmbeddable = new(TrySubset);
    }

    private string? TrySubset()
    {
        try
        {
            HarfBuzzSubset.Subset(HbFace, [0]);
            return null;
        }
        catch (FontNotEmbeddableException e)
        {
            return $"it cannot be embedded in a PDF: {e.Message}; the file is damaged";
        }
    }

    /// <summary>Where the face came from.</summary>
    public FontInfo Info { get; }

    /// <summary>
    /// Why the face cannot be embedded in a PDF, or null when it can: a font damaged in a table
    /// only subsetting reads loads and shapes, then stops the PDF being written. A trial subset
    /// of the empty box (glyph 0), made once per face, finds it before any text is set in it.
    /// </summary>
    public string? WhyNotEmbeddable => _whyNotEmbeddable.Value;

    /// <summary>
    /// <paramref name="text"/> shaped in this face by <paramref name="shape"/>, or as it was shaped
    /// before: papers repeat their words, and a batch or a server renders the same words again and
    /// again, so shaping is done once per face and word for the whole process.
    /// </summary>
    public ShapedRun Shaped(string text, Func<FontFace, string, ShapedRun> shape)
    {
        if (_shaped.TryGet(text, out var known))
        {
            return known;
        }

        var run = shape(this, text);
        _shaped.Keep(text, run);

        return run;
    }

    /// <summary>The whole font file.</summary>
    public byte[] Bytes { get; }

    /// <summary>The HarfBuzz face, for subsetting.</summary>
    public Face HbFace { get; }

    /// <summary>The HarfBuzz font, for shaping.</summary>
    public HbFont HbFont { get; }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Typographic ascender, font units (positive).</summary>
    public int Ascender { get; }

    /// <summary>Typographic descender, font units (negative).</summary>
    public int Descender { get; }

    /// <summary>Extra space between lines, font units.</summary>
    public int LineGap { get; }

    /// <summary>The height of capital letters, font units.</summary>
    public short CapHeight { get; }

    /// <summary>The PostScript name, safe for a PDF name.</summary>
    public string PostScriptName { get; }

    /// <summary>The font's bounding box, font units.</summary>
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; }

    /// <summary>Slant in degrees, negative for italics leaning right.</summary>
    public double ItalicAngle { get; }

    /// <summary>True for monospaced faces.</summary>
    public bool FixedPitch { get; }

    /// <summary>True when the face has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint)
    {
        if (!_coverage.TryGetValue(codePoint, out var has))
        {
            has = HbFont.TryGetGlyph((uint)codePoint, out var glyph) && glyph != 0;
            _coverage.TryAdd(codePoint, has);
        }

        return has;
    }

    /// <summary>The default advance of <paramref name="glyph"/>, font units; kept, since the writer asks once per glyph drawn.</summary>
    public int Advance(uint glyph)
    {
        if (!_advances.TryGetValue(glyph, out var advance))
        {
            advance = HbFont.GetHorizontalGlyphAdvance(glyph);
            _advances.TryAdd(glyph, advance);
        }

        return advance;
    }

    /// <summary>Converts font units to points at <paramref name="size"/>.</summary>
    public double ToPoints(double units, double size) => units * size / UnitsPerEm;

    /// <inheritdoc />
    public void Dispose()
    {
        HbFont.Dispose();
        HbFace.Dispose();
        _blob.Dispose();
    }

    /// <summary>
    /// A blob over the font's own bytes, read into an array the collector never moves: HarfBuzz keeps
    /// the pointer for the face's life, and the face keeps the array, so no native copy is needed.
    /// </summary>
    private static unsafe Blob PinnedBlob(byte[] bytes)
    {
        var address = (IntPtr)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(bytes));
        return new Blob(address, bytes.Length, MemoryMode.ReadOnly, () => GC.KeepAlive(bytes));
    }

    private static string Sanitize(string name) =>
        new(name.Where(c => c > ' ' && c < 127 && "()<>[]{}/%#".IndexOf(c) < 0).ToArray());
}
