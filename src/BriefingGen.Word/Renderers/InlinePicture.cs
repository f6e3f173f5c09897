using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// The inline drawing Word writes for a picture in the text flow — a figure in the body or a logo
/// in a header — with its alternative text in both descriptions, where screen readers look for it.
/// </summary>
internal static class InlinePicture
{
    /// <summary>An inline picture of <paramref name="cx"/> × <paramref name="cy"/> EMU showing <paramref name="blip"/>.</summary>
    public static Dw.Inline Create(A.Blip blip, uint drawingId, string name, string altText, long cx, long cy) =>
        new(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = drawingId, Name = name, Description = altText },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = altText }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
}
