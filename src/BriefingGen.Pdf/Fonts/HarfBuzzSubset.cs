using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// HarfBuzz's subsetter (hb-subset), called through the libHarfBuzzSharp native library that the
/// HarfBuzzSharp.NativeAssets packages ship for Linux, Windows and macOS. It cuts a face down to
/// the glyphs a document uses and reports how old glyph ids map to new ones.
/// </summary>
internal static partial class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_subset_sets_t: the set of tables to drop.</summary>
    private const int DropTableTagSet = 3;

    /// <summary>hb_subset_flags_t: drop hinting (smaller, and PDF viewers do their own).</summary>
    private const uint NoHinting = 0x1;

    /// <summary>
    /// Tables a PDF viewer never reads from an embedded TrueType font: layout (we have shaped
    /// already), colour, vertical metrics and naming beyond what FontFile2 needs.
    /// </summary>
    private static readonly string[] DroppedTables =
    [
        "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "mort", "kerx", "feat", "trak",
        "COLR", "CPAL", "SVG ", "CBDT", "CBLC", "sbix", "EBDT", "EBLC", "EBSC", "DSIG", "vhea", "vmtx", "VORG", "hdmx", "LTSH", "VDMX", "gasp", "PCLT", "STAT", "meta",
    ];

    /// <summary>The subset font's bytes and each kept glyph's new id.</summary>
    /// <param name="Font">A complete TrueType font holding just the glyphs asked for (and .notdef).</param>
    /// <param name="NewGlyphIds">Old glyph id to new glyph id.</param>
    public sealed record Result(byte[] Font, IReadOnlyDictionary<uint, uint> NewGlyphIds);

    /// <summary>Subsets <paramref name="face"/> to <paramref name="glyphs"/>.</summary>
    public static Result Subset(Face face, IEnumerable<uint> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail returned null");
        }

        try
        {
            var glyphSet = hb_subset_input_glyph_set(input);
            var wanted = glyphs.Prepend(0u).Distinct().Order().ToList();
            foreach (var glyph in wanted)
            {
                hb_set_add(glyphSet, glyph);
            }

            var dropSet = hb_subset_input_set(input, DropTableTagSet);
            foreach (var tag in DroppedTables)
            {
                hb_set_add(dropSet, Tag.Parse(tag));
            }

            hb_subset_input_set_flags(input, NoHinting);
            var plan = hb_subset_plan_create_or_fail(face.Handle, input);
            if (plan == IntPtr.Zero)
            {
                throw new FontNotEmbeddableException("HarfBuzz cannot subset it (hb_subset_plan_create_or_fail failed)");
            }

            try
            {
                var subsetFace = hb_subset_plan_execute_or_fail(plan);
                if (subsetFace == IntPtr.Zero)
                {
                    throw new FontNotEmbeddableException("HarfBuzz cannot subset it (hb_subset_plan_execute_or_fail failed)");
                }

                var map = hb_subset_plan_old_to_new_glyph_mapping(plan);
                var newIds = new Dictionary<uint, uint>();
                foreach (var glyph in wanted)
                {
                    var mapped = hb_map_get(map, glyph);
                    if (mapped != uint.MaxValue)
                    {
                        newIds[glyph] = mapped;
                    }
                }

                var blob = hb_face_reference_blob(subsetFace);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return new Result(bytes, newIds);
                }
                finally
                {
                    hb_blob_destroy(blob);
                    hb_face_destroy(subsetFace);
                }
            }
            finally
            {
                hb_subset_plan_destroy(plan);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    [LibraryImport(Library)]
    private static partial void hb_subset_plan_destroy(IntPtr plan);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [LibraryImport(Library)]
    private static partial uint hb_map_get(IntPtr map, uint key);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);
}
