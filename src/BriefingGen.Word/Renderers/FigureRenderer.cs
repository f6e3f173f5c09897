using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

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
        var inline = InlinePicture.Create(blip, drawingId, name, block.AltText, cx, cy);

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
