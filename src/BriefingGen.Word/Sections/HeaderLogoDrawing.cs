using BriefingGen.Model;
using BriefingGen.Word.Renderers;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Sections;

/// <summary>
/// A section's header logo as a real inline picture in the header part (its image part is
/// related to the header part under the same id as to the document, see
/// <see cref="Parts.PartRelationships"/>), at the logo's height with its proportions kept, and its
/// alternative text in the drawing's description for screen readers.
/// </summary>
internal static class HeaderLogoDrawing
{
    /// <summary>A run holding the picture.</summary>
    public static Run Run(HeaderLogo logo, WordRenderContext context)
    {
        var cy = Emu(logo.HeightMm);
        var cx = Math.Max(1, Emu(logo.WidthMm));
        var (blip, drawingId) = context.AddSharedPicture(logo.Image, cx, cy);
        var name = "Header logo " + drawingId;
        var inline = InlinePicture.Create(blip, drawingId, name, logo.AltText, cx, cy);
        return new Run(new Drawing(inline));
    }

    /// <summary>Millimetres in English Metric Units: 36,000 to the millimetre.</summary>
    private static long Emu(double mm) => (long)Math.Round(mm * 36000);
}
