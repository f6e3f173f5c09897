using BriefingGen.Model;

namespace BriefingGen.Styling;

/// <summary>
/// Every look a paper needs, resolved once per pack: paragraph roles, inline roles, lists, tables,
/// callouts, shades, the page and heading numbering. The theme (and a pack's reference.docx) decide
/// it; the Word and PDF backends only convert it, so the two formats cannot disagree.
/// </summary>
public sealed record StyleSheet
{
    /// <summary>Paragraph looks by role; <see cref="StyleRoles.Body"/> is always present.</summary>
    public required IReadOnlyDictionary<string, ParagraphLook> Paragraphs { get; init; }

    /// <summary>Inline looks by role.</summary>
    public required IReadOnlyDictionary<string, InlineLook> Inlines { get; init; }

    /// <summary>Bulleted list levels, outermost first.</summary>
    public required IReadOnlyList<ListLevelLook> Bullets { get; init; }

    /// <summary>Numbered list levels, outermost first.</summary>
    public required IReadOnlyList<ListLevelLook> Numbers { get; init; }

    /// <summary>Table rules and padding.</summary>
    public required TableLook Table { get; init; }

    /// <summary>Callout panels by kind; <c>default</c> serves kinds not listed.</summary>
    public required IReadOnlyDictionary<string, BoxLook> Callouts { get; init; }

    /// <summary>The classification banner's panel.</summary>
    public required BoxLook Banner { get; init; }

    /// <summary>Named shades for shaded text and cells.</summary>
    public required IReadOnlyDictionary<string, Shade> Shades { get; init; }

    /// <summary>The page of a section that sets nothing else.</summary>
    public required PageLayout Page { get; init; }

    /// <summary>True when headings of levels 1–3 are numbered 1, 1.1, 1.1.1.</summary>
    public required bool NumberHeadings { get; init; }

    /// <summary>Where a numbered heading's text starts, after its number, in points.</summary>
    public double HeadingNumberIndent { get; init; } = 28.35;

    /// <summary>The theme's colours, for components that draw (rules, grids, charts).</summary>
    public required ColorSet Colors { get; init; }

    /// <summary>The look of paragraphs in <paramref name="role"/>; an unknown role reads as body text.</summary>
    public ParagraphLook Paragraph(string role) =>
        Paragraphs.TryGetValue(role, out var look) ? look : Paragraphs[StyleRoles.Body];

    /// <summary>The look of a heading of <paramref name="level"/>.</summary>
    public ParagraphLook Heading(int level) => Paragraph(StyleRoles.Heading(level));

    /// <summary>The inline look of <paramref name="role"/>, or one that changes nothing.</summary>
    public InlineLook Inline(string role) =>
        Inlines.TryGetValue(role, out var look) ? look : new InlineLook { Role = role };

    /// <summary>The panel of a callout of <paramref name="kind"/>.</summary>
    public BoxLook Callout(string kind) =>
        Callouts.TryGetValue(kind, out var look) ? look : Callouts["default"];

    /// <summary>The shade called <paramref name="name"/>, or null when the theme has none.</summary>
    public Shade? Shade(string? name) => name is not null && Shades.TryGetValue(name, out var shade) ? shade : null;

    /// <summary>The list level <paramref name="depth"/> (0 outermost) of a bulleted or numbered list; deep levels repeat the cycle.</summary>
    public ListLevelLook ListLevel(bool ordered, int depth)
    {
        var levels = ordered ? Numbers : Bullets;
        return levels[Math.Min(depth, levels.Count - 1)];
    }
}
