namespace BriefingGen.Pdf.Layout;

/// <summary>One laid-out line: its pieces, natural width, vertical metrics and whether it ends a paragraph or a forced break.</summary>
/// <param name="Pieces">The pieces in visual order, trailing space removed.</param>
/// <param name="Ascent">Greatest height above the baseline.</param>
/// <param name="Descent">Greatest depth below it.</param>
/// <param name="Height">The line's height including line spacing.</param>
/// <param name="IsLast">True when justification must not stretch it.</param>
internal sealed record TextLine(IReadOnlyList<LinePiece> Pieces, double Ascent, double Descent, double Height, bool IsLast)
{
    /// <summary>
    /// The space the line broke at. It takes no room in the layout, but it is drawn after the last
    /// piece so that text extracted from the page (or read from its tags) keeps its word breaks.
    /// </summary>
    public IReadOnlyList<LinePiece> Trailing { get; init; } = [];

    /// <summary>True when the line ends in a word the layout broke with a hyphen of its own (patterns or a soft hyphen).</summary>
    public bool EndsHyphenated { get; init; }

    /// <summary>The natural width of the pieces.</summary>
    public double Width { get; } = Pieces.Sum(p => p.Width);

    /// <summary>The baseline's distance from the line's top; extra line spacing goes mostly below the text, as in word processors.</summary>
    public double BaselineOffset => Ascent + ((Height - Ascent - Descent) * 0.3);
}
