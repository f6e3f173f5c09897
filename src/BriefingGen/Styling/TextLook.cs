namespace BriefingGen.Styling;

/// <summary>How a run of text looks: the one answer both backends convert, so Word and PDF agree.</summary>
public sealed record TextLook
{
    /// <summary>Font families in order of preference; Word names the first, the PDF engine embeds the first installed.</summary>
    public required IReadOnlyList<string> Families { get; init; }

    /// <summary>Size in points.</summary>
    public required double Size { get; init; }

    /// <summary>Colour as six hex digits, RRGGBB.</summary>
    public required string Color { get; init; }

    /// <summary>Bold face.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic face.</summary>
    public bool Italic { get; init; }

    /// <summary>Underlined, as links are.</summary>
    public bool Underline { get; init; }

    /// <summary>Raised and smaller, as note marks are.</summary>
    public bool Superscript { get; init; }

    /// <summary>Extra space after every character, in points (the banner's spaced capitals).</summary>
    public double LetterSpacing { get; init; }
}
