using BriefingGen.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

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
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = drawingId, Name = name, Description = logo.AltText },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = logo.AltText }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Run(new Drawing(inline));
    }

    /// <summary>Millimetres in English Metric Units: 36,000 to the millimetre.</summary>
    private static long Emu(double mm) => (long)Math.Round(mm * 36000);
}
