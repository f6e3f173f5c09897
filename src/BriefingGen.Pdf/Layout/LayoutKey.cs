using BriefingGen.Pdf.Text.Hyphenation;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Everything a paragraph's lines depend on: its spans (by content), the width, the line spacing,
/// the style of an empty line and the hyphenation patterns. Two passes over a paper build new
/// paragraphs with equal keys, so the second can take the first one's lines.
/// </summary>
internal sealed class LayoutKey(IReadOnlyList<TextSpan> spans, double width, double lineSpacing, TextStyle emptyLineStyle, Hyphenator? hyphenator) : IEquatable<LayoutKey>
{
    private readonly int _hash = Hash(spans, width, lineSpacing, emptyLineStyle, hyphenator);

    /// <inheritdoc />
    public bool Equals(LayoutKey? other) =>
        other is not null && _hash == other._hash && width.Equals(other.Width) && lineSpacing.Equals(other.LineSpacing)
        && ReferenceEquals(hyphenator, other.Hyphenator) && emptyLineStyle.Equals(other.EmptyLineStyle) && spans.SequenceEqual(other.Spans);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LayoutKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    private IReadOnlyList<TextSpan> Spans => spans;

    private double Width => width;

    private double LineSpacing => lineSpacing;

    private TextStyle EmptyLineStyle => emptyLineStyle;

    private Hyphenator? Hyphenator => hyphenator;

    private static int Hash(IReadOnlyList<TextSpan> spans, double width, double lineSpacing, TextStyle emptyLineStyle, Hyphenator? hyphenator)
    {
        var hash = new HashCode();
        hash.Add(width);
        hash.Add(lineSpacing);
        hash.Add(emptyLineStyle);
        hash.Add(hyphenator);
        foreach (var span in spans)
        {
            hash.Add(span);
        }

        return hash.ToHashCode();
    }
}
