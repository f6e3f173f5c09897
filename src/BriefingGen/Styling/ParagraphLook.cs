namespace BriefingGen.Styling;

/// <summary>
/// How a paragraph of one role looks and behaves at page breaks. <see cref="BasedOn"/> keeps the
/// inheritance a Word user expects (change Normal's font and every style based on it follows),
/// while every other property is already resolved, so the PDF engine needs no inheritance.
/// </summary>
public sealed record ParagraphLook
{
    /// <summary>The role this look is for, e.g. <c>body</c>, <c>heading-2</c>, <c>table-text</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The role this one derives from, or null for the base of all (<c>body</c>).</summary>
    public string? BasedOn { get; init; }

    /// <summary>The text.</summary>
    public required TextLook Text { get; init; }

    /// <summary>Space above, in points; dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below, in points.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>Line height as a multiple of the font's single line height.</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>True to drop the space between consecutive paragraphs of this role (title-block lines).</summary>
    public bool ContextualSpacing { get; init; }

    /// <summary>True to keep the paragraph on the same page as the one after it.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>True to keep all its lines on one page.</summary>
    public bool KeepLines { get; init; }

    /// <summary>Alignment of the lines.</summary>
    public ParagraphAlignment Alignment { get; init; } = ParagraphAlignment.Left;

    /// <summary>Left indent in points.</summary>
    public double IndentLeft { get; init; }

    /// <summary>Right indent in points.</summary>
    public double IndentRight { get; init; }

    /// <summary>A background colour behind the paragraph, or null.</summary>
    public string? Fill { get; init; }

    /// <summary>A rule under the paragraph (under a run of them, when spacing is contextual), or null.</summary>
    public RuleLook? BottomRule { get; init; }

    /// <summary>A rule down the left side, or null.</summary>
    public RuleLook? LeftRule { get; init; }

    /// <summary>The heading level this role has in the document outline (1–9), or 0 for none.</summary>
    public int OutlineLevel { get; init; }

    /// <summary>
    /// Whether words of this role may be hyphenated at line ends: in running text, but not in
    /// headings, titles, labels, the contents and the page furniture, whose words are read at a
    /// glance, nor in code, which is copied as written. Word and the PDF engine both obey it.
    /// </summary>
    public bool Hyphenate =>
        OutlineLevel == 0
        && Role is not (StyleRoles.Title or StyleRoles.Subtitle or StyleRoles.Label or StyleRoles.CalloutTitle or StyleRoles.Code
            or StyleRoles.Header or StyleRoles.Footer or StyleRoles.Banner or StyleRoles.ExhibitTitle)
        && !Role.StartsWith("toc-", StringComparison.Ordinal);
}
