namespace BriefingGen.Pdf.Layout;

/// <summary>How a run of text looks.</summary>
internal sealed record TextStyle
{
    /// <summary>Font families in order of preference.</summary>
    public required IReadOnlyList<string> Families { get; init; }

    /// <summary>Size in points.</summary>
    public required double Size { get; init; }

    /// <summary>Colour, RRGGBB.</summary>
    public required string Color { get; init; }

    /// <summary>Bold face.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic face.</summary>
    public bool Italic { get; init; }

    /// <summary>Underlined (links).</summary>
    public bool Underline { get; init; }

    /// <summary>Struck through (deleted text in a redline).</summary>
    public bool StrikeThrough { get; init; }

    /// <summary>Part of a tracked change: its line gets a change bar in the margin.</summary>
    public bool Revised { get; init; }

    /// <summary>Raised as a superscript (note marks).</summary>
    public bool Superscript { get; init; }

    /// <summary>Extra space after every character, points (the banner's spaced capitals).</summary>
    public double LetterSpacing { get; init; }

    /// <summary>Set in capitals whatever case the text is typed in (<see cref="Styling.TextLook.Capitals"/>).</summary>
    public bool Capitals { get; init; }

    /// <summary>The language of text in another language than the page's (a Russian name in an English paper), tagged so in the PDF; null for the page's own.</summary>
    public string? Language { get; init; }

    /// <summary>A page number or count filled in as the page is drawn; <see cref="PageField.None"/> for ordinary text.</summary>
    public PageField Field { get; init; }

    /// <summary>The size glyphs are drawn at: superscripts are smaller.</summary>
    public double GlyphSize => Superscript ? Size * 0.65 : Size;
}
