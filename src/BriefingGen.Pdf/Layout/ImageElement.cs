using BriefingGen.Model;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A picture at its natural size (96 pixels to the inch) or at the height the paper asks, shrunk
/// to fit the width and, if need be, a page; centred unless told otherwise.
/// </summary>
internal sealed class ImageElement(ImageData image, double maxPageHeight) : Element
{
    /// <summary>The height to draw at, in points, or null for the natural size.</summary>
    public double? Height { get; init; }

    /// <summary>Where the picture stands across the width.</summary>
    public FigureAlignment Alignment { get; init; } = FigureAlignment.Center;

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
        var x = Alignment switch
        {
            FigureAlignment.Left => area.X,
            FigureAlignment.Right => area.X + area.Width - width,
            _ => area.X + ((area.Width - width) / 2),
        };
        context.Canvas.DrawImage(image, x, area.Y, width, height);
        _done = true;
    }

    private (double Width, double Height) Fit(double maxWidth)
    {
        var height = Height ?? image.NaturalHeight * 0.75;
        var width = image.NaturalWidth * (height / image.NaturalHeight);
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxPageHeight / height));
        return (width * scale, height * scale);
    }
}
