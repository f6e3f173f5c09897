namespace BriefingGen.Model;

/// <summary>An image with a caption and a text alternative for readers who cannot see it.</summary>
/// <param name="Image">The picture.</param>
/// <param name="AltText">What the picture shows, for screen readers.</param>
/// <param name="Caption">A caption under the picture, or null.</param>
public sealed record Figure(ImageData Image, string AltText, IReadOnlyList<Inline>? Caption) : Block
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Caption ?? [];
}
