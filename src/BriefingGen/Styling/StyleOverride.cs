namespace BriefingGen.Styling;

/// <summary>A theme's change to one role's look; properties left null keep the look the theme's general settings give.</summary>
public sealed record StyleOverride
{
    /// <summary>
    /// For a role the stylesheet does not have (a pack's own, such as <c>cover-kicker</c>): the role
    /// it starts from. Null for a change to a role that exists.
    /// </summary>
    public string? BasedOn { get; init; }

    /// <summary>Font families.</summary>
    public IReadOnlyList<string>? Fonts { get; init; }

    /// <summary>Size in points.</summary>
    public double? Size { get; init; }

    /// <summary>Text colour, RRGGBB.</summary>
    public string? Color { get; init; }

    /// <summary>Bold.</summary>
    public bool? Bold { get; init; }

    /// <summary>Italic.</summary>
    public bool? Italic { get; init; }

    /// <summary>Space above, points.</summary>
    public double? SpaceBefore { get; init; }

    /// <summary>Space below, points.</summary>
    public double? SpaceAfter { get; init; }

    /// <summary>Line height as a multiple of single spacing.</summary>
    public double? LineSpacing { get; init; }

    /// <summary>Alignment of the lines.</summary>
    public ParagraphAlignment? Alignment { get; init; }

    /// <summary>Applies the override to <paramref name="look"/>.</summary>
    public ParagraphLook Over(ParagraphLook look) => look with
    {
        Text = look.Text with
        {
            Families = Fonts ?? look.Text.Families,
            Size = Size ?? look.Text.Size,
            Color = Color ?? look.Text.Color,
            Bold = Bold ?? look.Text.Bold,
            Italic = Italic ?? look.Text.Italic,
        },
        SpaceBefore = SpaceBefore ?? look.SpaceBefore,
        SpaceAfter = SpaceAfter ?? look.SpaceAfter,
        LineSpacing = LineSpacing ?? look.LineSpacing,
        Alignment = Alignment ?? look.Alignment,
    };
}
