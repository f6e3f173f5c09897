namespace BriefingGen.Theming;

/// <summary>
/// How a document looks, by role: the page, fonts, sizes, colours, the classification banner,
/// table and callout styling and the semantic shades. Both renderers read the same theme, so the
/// Word and PDF outputs agree. A pack's <c>theme.yaml</c> overrides any of these defaults.
/// </summary>
public sealed record Theme
{
    /// <summary>Paper size and margins.</summary>
    public PageSetup Page { get; init; } = new();

    /// <summary>Font families by role, each with fallbacks.</summary>
    public FontSet Fonts { get; init; } = new();

    /// <summary>Body text size in points.</summary>
    public double BodySize { get; init; } = 10.5;

    /// <summary>Line height as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.15;

    /// <summary>Space after a body paragraph, in points.</summary>
    public double ParagraphSpacing { get; init; } = 6;

    /// <summary>Heading sizes in points, level 1 first; deeper levels use the last size.</summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [15, 12.5, 11];

    /// <summary>True to number headings 1, 1.1, 1.1.1 (level 1 to 3).</summary>
    public bool NumberHeadings { get; init; } = true;

    /// <summary>The title's size in points.</summary>
    public double TitleSize { get; init; } = 24;

    /// <summary>Colours by role.</summary>
    public ColorSet Colors { get; init; } = new();

    /// <summary>Semantic shades for table cells and the risk matrix, by name (e.g. <c>risk-high</c>).</summary>
    public IReadOnlyDictionary<string, Shade> Shades { get; init; } = DefaultShades;

    /// <summary>Callout looks by kind; <c>default</c> is used for kinds not listed.</summary>
    public IReadOnlyDictionary<string, Shade> Callouts { get; init; } = DefaultCallouts;

    /// <summary>The look of a callout of <paramref name="kind"/>.</summary>
    public Shade CalloutFor(string kind) =>
        Callouts.TryGetValue(kind, out var s) ? s : Callouts.TryGetValue("default", out var d) ? d : new Shade("F2F4F7", "1F2933");

    private static readonly Dictionary<string, Shade> DefaultShades = new(StringComparer.Ordinal)
    {
        ["risk-low"] = new("D8EFD8", "1E4620"),
        ["risk-medium"] = new("FFF1BF", "5C4400"),
        ["risk-high"] = new("FBD5B5", "7A2E00"),
        ["risk-critical"] = new("C62828", "FFFFFF"),
        ["status-active"] = new("D8EFD8", "1E4620"),
        ["status-reduced"] = new("FFF1BF", "5C4400"),
        ["status-paused"] = new("FBD5B5", "7A2E00"),
        ["status-suspended"] = new("E5C1C1", "6B1010"),
        ["priority-high"] = new("FBD5B5", "7A2E00"),
        ["priority-medium"] = new("FFF1BF", "5C4400"),
        ["priority-low"] = new("E3E8EF", "1F2933"),
    };

    private static readonly Dictionary<string, Shade> DefaultCallouts = new(StringComparer.Ordinal)
    {
        ["default"] = new("EEF2F7", "1F2933", "1F3864"),
        ["key-points"] = new("EEF2F7", "1F2933", "1F3864"),
        ["warning"] = new("FFF4E5", "1F2933", "B26A00"),
    };

    // Declared after the default dictionaries: static initialisers run in textual order.

    /// <summary>The theme a pack gets when it has no <c>theme.yaml</c>.</summary>
    public static Theme Default { get; } = new();
}
