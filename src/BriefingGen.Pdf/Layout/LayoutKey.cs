using BriefingGen.Pdf.Text.Hyphenation;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Everything a paragraph's lines depend on: its spans (by content), the width, the line spacing,
/// the style of an empty line and the hyphenation patterns. Two passes over a paper build new
/// paragraphs with equal keys, so the second can take the first one's lines.
/// </summary>
internal readonly record struct LayoutKey(IReadOnlyList<TextSpan> Spans, double Width, double LineSpacing, TextStyle EmptyLineStyle, Hyphenator? Hyphenator)
{
    /// <inheritdoc />
    public bool Equals(LayoutKey other) =>
        Width.Equals(other.Width) && LineSpacing.Equals(other.LineSpacing) && ReferenceEquals(Hyphenator, other.Hyphenator)
        && EmptyLineStyle.Equals(other.EmptyLineStyle) && Spans.SequenceEqual(other.Spans);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Width);
        hash.Add(LineSpacing);
        hash.Add(EmptyLineStyle);
        hash.Add(Hyphenator);
        // Indexed rather than enumerated: the spans are an interface, and its enumerator would be
        // allocated for every paragraph looked up.
        for (var i = 0; i < Spans.Count; i++)
        {
            hash.Add(Spans[i]);
        }

        return hash.ToHashCode();
    }
}
