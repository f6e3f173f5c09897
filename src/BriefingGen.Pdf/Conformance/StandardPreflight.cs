using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf.Conformance;

/// <summary>
/// What the writer refuses under a claimed standard, found in the model before any page is laid
/// out, and reported at the data it comes from: a file that claims a standard it breaks is worse
/// than no file, since an archive or a screen reader would trust the claim.
/// </summary>
internal static class StandardPreflight
{
    /// <summary>Throws a <see cref="RenderException"/> at the first node of <paramref name="document"/> that <paramref name="standard"/> forbids.</summary>
    public static void Check(Document document, PdfStandard standard)
    {
        if (standard == PdfStandard.None)
        {
            return;
        }

        foreach (var section in document.Sections)
        {
            Check(section, null, standard);
        }
    }

    private static void Check(Node node, Origin? around, PdfStandard standard)
    {
        var origin = node.Origin ?? around;
        // PDF/UA-1 §7.3: a figure needs alternate text.
        if (node is Figure figure && string.IsNullOrWhiteSpace(figure.AltText) && standard.ClaimsUa1())
        {
            throw new RenderException("figure has no alt text — PDF/UA-1 7.3; give the picture a description", origin);
        }

        // ISO 19005-2 6.2.4.3: under the sRGB output intent, device CMYK colour may not be used.
        if (node is Figure { Image.Format: ImageFormat.Jpeg } picture && standard.PdfALevel() is not null
            && IsCmyk(picture.Image))
        {
            throw new RenderException($"the picture is a CMYK JPEG; under {standard.Title()} the paper's colours are sRGB and a CMYK picture may not be used — ISO 19005-2 6.2.4.3; save it in RGB, or render with --pdf-standard none or ua1", origin);
        }

        foreach (var child in node.Children)
        {
            Check(child, origin, standard);
        }
    }

    /// <summary>
    /// The error for characters no font has, at the data that holds the first of them: under a
    /// standard a missing glyph would be drawn as .notdef, which PDF/A-2 (ISO 19005-2 6.2.11.8) and
    /// PDF/UA-1 (7.21.8) forbid.
    /// </summary>
    public static RenderException MissingCharacters(IReadOnlyList<(string Characters, Origin? Origin)> places, PdfStandard standard)
    {
        var (characters, origin) = places[0];
        var clause = standard.PdfALevel() is not null ? "ISO 19005-2 6.2.11.8" : "PDF/UA-1 7.21.8";
        var more = places.Count > 1 ? $" (and {places.Count - 1} more places)" : "";
        return new RenderException(
            $"no installed font has {characters}{more}; under {standard.Title()} a missing glyph (.notdef) may not be drawn — {clause}. "
            + "Install a font that has them (on Debian: fonts-noto-core, fonts-noto-cjk, fonts-symbola), put one in the template pack's fonts/ folder, or render with --pdf-standard none.",
            origin);
    }

    /// <summary>True for a JPEG of four components, read from the loader's own array when it can be, since a picture may be 20 MB.</summary>
    private static bool IsCmyk(ImageData image)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(image.Bytes, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length
            ? whole.Array
            : image.Bytes.ToArray();
        return Images.JpegStructure.Read(bytes, limits: null).Frame.Components.Count == 4;
    }
}
