namespace BriefingGen.Styling;

/// <summary>Colours by role, as six hex digits (RRGGBB) without '#', the form Word stores.</summary>
public sealed record ColorSet
{
    /// <summary>Body text.</summary>
    public string Text { get; init; } = "1F2933";

    /// <summary>Title and headings.</summary>
    public string Heading { get; init; } = "1F3864";

    /// <summary>Rules, accents and the title's underline.</summary>
    public string Accent { get; init; } = "2E5C8A";

    /// <summary>Secondary text: title-block lines, header and footer.</summary>
    public string Muted { get; init; } = "52606D";

    /// <summary>Hyperlinks.</summary>
    public string Link { get; init; } = "1F5FA8";

    /// <summary>Table header background.</summary>
    public string TableHeaderFill { get; init; } = "1F3864";

    /// <summary>Table header text.</summary>
    public string TableHeaderText { get; init; } = "FFFFFF";

    /// <summary>Table rules.</summary>
    public string TableBorder { get; init; } = "B8C2CC";

    /// <summary>The classification banner's background.</summary>
    public string BannerFill { get; init; } = "B00020";

    /// <summary>The classification banner's text.</summary>
    public string BannerText { get; init; } = "FFFFFF";

    /// <summary>The watermark's colour: pale enough that text printed over it stays as legible as on white paper.</summary>
    public string Watermark { get; init; } = "DDE2E8";
}
