using BriefingGen.Model;

namespace BriefingGen.Pdf.Layout;

/// <summary>A picture at its natural size (96 pixels to the inch), shrunk to fit the width and, if need be, a page; centred.</summary>
internal sealed class ImageElement(ImageData image, double maxPageHeight) : Element
{
    private bool _done;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var (_, height) = Fit(available.Width);
        return height <= available.Height + 0.01 ? SpacePlan.Full(height) : SpacePlan.Wrap;
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var (width, height) = Fit(area.Width);
        context.Canvas.DrawImage(image, area.X + ((area.Width - width) / 2), area.Y, width, height);
        _done = true;
    }

    private (double Width, double Height) Fit(double maxWidth)
    {
        var width = image.PixelWidth * 0.75;
        var height = image.PixelHeight * 0.75;
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxPageHeight / height));
        return (width * scale, height * scale);
    }
}
