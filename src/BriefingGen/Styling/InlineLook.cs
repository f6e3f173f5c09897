namespace BriefingGen.Styling;

/// <summary>
/// What an inline role (a link, code, a note mark) changes in the text around it; properties left
/// null keep the surrounding paragraph's, as a Word character style does.
/// </summary>
public sealed record InlineLook
{
    /// <summary>The role, e.g. <c>link</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Font families, or null to keep the paragraph's.</summary>
    public IReadOnlyList<string>? Families { get; init; }

    /// <summary>Size in points, or null.</summary>
    public double? Size { get; init; }

    /// <summary>Colour, or null.</summary>
    public string? Color { get; init; }

    /// <summary>Bold, or null.</summary>
    public bool? Bold { get; init; }

    /// <summary>Italic, or null.</summary>
    public bool? Italic { get; init; }

    /// <summary>Underline, or null.</summary>
    public bool? Underline { get; init; }

    /// <summary>Superscript, or null.</summary>
    public bool? Superscript { get; init; }

    /// <summary>The paragraph's text look with this role's changes.</summary>
    public TextLook Over(TextLook text) => text with
    {
        Families = Families ?? text.Families,
        Size = Size ?? text.Size,
        Color = Color ?? text.Color,
        Bold = Bold ?? text.Bold,
        Italic = Italic ?? text.Italic,
        Underline = Underline ?? text.Underline,
        Superscript = Superscript ?? text.Superscript,
    };
}
