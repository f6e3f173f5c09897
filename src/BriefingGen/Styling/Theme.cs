namespace BriefingGen.Styling;

/// <summary>
/// The settings a pack's <c>theme.yaml</c> gives: the page, fonts, sizes, colours, named shades,
/// callout looks and per-role overrides. It is not used by the renderers directly: it resolves once
/// into a <see cref="StyleSheet"/>, which both backends convert, so Word and PDF agree.
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

    /// <summary>Named shades for shaded text and cells (e.g. <c>risk-high</c>); a pack defines the ones its templates use.</summary>
    public IReadOnlyDictionary<string, Shade> Shades { get; init; } = new Dictionary<string, Shade>(StringComparer.Ordinal);

    /// <summary>Callout looks by kind; <c>default</c> is used for kinds not listed.</summary>
    public IReadOnlyDictionary<string, Shade> Callouts { get; init; } = DefaultCallouts;

    /// <summary>Changes to single roles' looks, by role (e.g. <c>heading-1</c>), applied last.</summary>
    public IReadOnlyDictionary<string, StyleOverride> Styles { get; init; } = new Dictionary<string, StyleOverride>(StringComparer.Ordinal);

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
