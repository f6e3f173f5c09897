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

    /// <summary>
    /// Shown in capitals whatever case the text is typed in, as Word's <c>caps</c> run property
    /// shows it (a house style's headings, from its <c>reference.docx</c>). Word keeps the typed
    /// text and only shows it in capitals; the PDF sets the capitals themselves.
    /// </summary>
    public bool Capitals { get; init; }

    /// <summary>Extra space after every character, in points (the banner's spaced capitals).</summary>
    public double LetterSpacing { get; init; }
}
