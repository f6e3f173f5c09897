namespace BriefingGen.Word;

/// <summary>The character formatting inherited by nested inlines (bold inside a link, and so on).</summary>
internal sealed record RunFormat
{
    /// <summary>No direct formatting.</summary>
    public static RunFormat Plain { get; } = new();

    /// <summary>Bold.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic.</summary>
    public bool Italic { get; init; }

    /// <summary>A character style id, e.g. Hyperlink or CodeChar, or null.</summary>
    public string? CharacterStyle { get; init; }

    /// <summary>A forced colour (RRGGBB), or null.</summary>
    public string? Color { get; init; }
}
