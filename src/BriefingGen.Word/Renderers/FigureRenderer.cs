using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A picture (PNG, JPEG, or SVG with its PNG fallback) placed inline at its natural size (96 dpi), shrunk to the text width if wider and to
/// four fifths of the text height if taller (as the PDF does), with its alt text in the drawing's
/// description for screen readers, and a caption below.
/// </summary>
internal sealed class FigureRenderer : WordBlockRenderer<Figure>
{
    private const long EmuPerPixel = 9525;

    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Figure block, WordRenderContext context, WordScope scope)
    {
        var image = block.Image;
        var maxWidth = Units.TwipsToEmu(context.ContentWidthTwips);
        long cx = Math.Max(1, (long)Math.Round(image.NaturalWidth * EmuPerPixel)), cy = Math.Max(1, (long)Math.Round(image.NaturalHeight * EmuPerPixel));
        if (block.Height is { } height)
        {
            // Asked for in points: 12,700 EMU to the point.
            cy = (long)Math.Round(height * 12700);
            cx = Math.Max(1, (long)Math.Round(image.NaturalWidth * cy / image.NaturalHeight));
        }

        if (cx > maxWidth)
        {
            cy = Math.Max(1, cy * maxWidth / cx);
            cx = maxWidth;
        }

        var maxHeight = Units.TwipsToEmu(context.ContentHeightTwips) * 4 / 5;
        if (cy > maxHeight)
        {
            cx = Math.Max(1, cx * maxHeight / cy);
            cy = maxHeight;
        }

        // The size first: an SVG picture's PNG fallback is drawn for the size it is shown at.
        var (blip, drawingId) = context.AddPicture(image, cx, cy);
        var name = "Picture " + drawingId;
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = drawingId, Name = name, Description = block.AltText },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = block.AltText }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        yield return new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }, new Justification { Val = Justify(block.Alignment) }),
            new Run(new Drawing(inline)));
        if (block.Caption is not null)
        {
            yield return context.Paragraph(StyleIds.Caption, block.Caption, WordScope.Body with { Alignment = Justify(block.Alignment) });
        }
    }

    private static JustificationValues Justify(FigureAlignment alignment) => alignment switch
    {
        FigureAlignment.Left => JustificationValues.Left,
        FigureAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Center,
    };
}
