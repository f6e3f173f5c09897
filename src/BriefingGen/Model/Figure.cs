namespace BriefingGen.Model;

/// <summary>An image with a caption and a text alternative for readers who cannot see it.</summary>
/// <param name="Image">The picture.</param>
/// <param name="AltText">What the picture shows, for screen readers.</param>
/// <param name="Caption">A caption under the picture, or null.</param>
public sealed record Figure(ImageData Image, string AltText, IReadOnlyList<Inline>? Caption) : Block
{
    /// <summary>
    /// The height to print the picture at, in points (a logo on a cover: <c>{height=14mm}</c>), or
    /// null for its natural size; either way it shrinks to fit the text width and the page.
    /// </summary>
    public double? Height { get; init; }

    /// <summary>Where the picture stands across the text width: centred unless the paper says otherwise.</summary>
    public FigureAlignment Alignment { get; init; } = FigureAlignment.Center;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Caption ?? [];
}
