using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// The outline of a glyph as SVG path data, in font units with y pointing up, read with HarfBuzz's
/// glyph drawing (<c>hb_font_draw_glyph</c>, exported by the same libHarfBuzzSharp the shaper and
/// subsetter use). Page pictures draw text as these outlines, so a browser shows the very glyphs
/// the PDF embeds without needing the fonts. Each glyph is read once per face and kept.
/// </summary>
internal static unsafe partial class GlyphOutlines
{
    private const string Library = "libHarfBuzzSharp";

    private static readonly ConditionalWeakTable<FontFace, ConcurrentDictionary<uint, string>> Cache = new();

    /// <summary>One set of drawing callbacks, made immutable and shared by every thread.</summary>
    private static readonly IntPtr DrawFunctions = CreateDrawFunctions();

    /// <summary>The path data of <paramref name="glyph"/> in <paramref name="face"/>; empty for a glyph with no outline (a space).</summary>
    public static string Of(FontFace face, uint glyph) =>
        Cache.GetValue(face, _ => new ConcurrentDictionary<uint, string>()).GetOrAdd(glyph, g => Read(face, g));

    private static string Read(FontFace face, uint glyph)
    {
        var builder = new StringBuilder();
        var handle = GCHandle.Alloc(builder);
        try
        {
            hb_font_draw_glyph(face.HbFont.Handle, glyph, DrawFunctions, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }

        return builder.ToString();
    }

    private static IntPtr CreateDrawFunctions()
    {
        var functions = hb_draw_funcs_create();
        hb_draw_funcs_set_move_to_func(functions, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void>)&MoveTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_line_to_func(functions, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void>)&LineTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_quadratic_to_func(functions, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, float, float, IntPtr, void>)&QuadraticTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_cubic_to_func(functions, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, float, float, float, float, IntPtr, void>)&CubicTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_close_path_func(functions, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, IntPtr, void>)&ClosePath, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_make_immutable(functions);
        return functions;
    }

    private static StringBuilder Path(IntPtr drawData) => (StringBuilder)GCHandle.FromIntPtr(drawData).Target!;

    private static StringBuilder Point(this StringBuilder path, float x, float y) =>
        path.Append(' ').Append(Math.Round(x).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Math.Round(y).ToString(CultureInfo.InvariantCulture));

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void MoveTo(IntPtr functions, IntPtr drawData, IntPtr state, float x, float y, IntPtr userData) =>
        Path(drawData).Append('M').Point(x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void LineTo(IntPtr functions, IntPtr drawData, IntPtr state, float x, float y, IntPtr userData) =>
        Path(drawData).Append('L').Point(x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void QuadraticTo(IntPtr functions, IntPtr drawData, IntPtr state, float cx, float cy, float x, float y, IntPtr userData) =>
        Path(drawData).Append('Q').Point(cx, cy).Point(x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void CubicTo(IntPtr functions, IntPtr drawData, IntPtr state, float c1x, float c1y, float c2x, float c2y, float x, float y, IntPtr userData) =>
        Path(drawData).Append('C').Point(c1x, c1y).Point(c2x, c2y).Point(x, y);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void ClosePath(IntPtr functions, IntPtr drawData, IntPtr state, IntPtr userData) =>
        Path(drawData).Append('Z');

    [LibraryImport(Library)]
    private static partial IntPtr hb_draw_funcs_create();

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_make_immutable(IntPtr functions);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_move_to_func(IntPtr functions, IntPtr callback, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_line_to_func(IntPtr functions, IntPtr callback, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_quadratic_to_func(IntPtr functions, IntPtr callback, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_cubic_to_func(IntPtr functions, IntPtr callback, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_close_path_func(IntPtr functions, IntPtr callback, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_font_draw_glyph(IntPtr font, uint glyph, IntPtr functions, IntPtr drawData);
}
