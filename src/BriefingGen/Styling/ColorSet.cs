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

    /// <summary>
    /// The colours of a chart's series, in order, or null for <see cref="DefaultChart"/>. Checked by
    /// <see cref="ChartPalette"/> for contrast with white and for colour-blind safety.
    /// </summary>
    public IReadOnlyList<string>? Chart { get; init; }

    /// <summary>
    /// The chart palette in use: <see cref="Chart"/>, or <see cref="DefaultChart"/>.
    /// </summary>
    public IReadOnlyList<string> ChartColors => Chart ?? DefaultChart;

    /// <summary>
    /// The palette a theme without <c>colors.chart</c> uses: the theme's accent and heading colours
    /// with a gold, an orange, a purple and a green between them, alternating darker and lighter so
    /// neighbouring series stay apart for colour-blind readers and in greyscale. When the theme's
    /// own colours would break <see cref="ChartPalette"/>'s rules, the same palette on our default
    /// blues.
    /// </summary>
    public IReadOnlyList<string> DefaultChart
    {
        get
        {
            string[] derived = [Accent, "B8860B", Heading, "D55E00", "5B3A8C", "009E73"];
            return ChartPalette.Problems(derived).Count == 0 ? derived : ["2E5C8A", "B8860B", "1F3864", "D55E00", "5B3A8C", "009E73"];
        }
    }
}
