using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Theming;

namespace BriefingGen.Pdf;

/// <summary>
/// The theme turned into text styles and spacing for the PDF, role by role, with the same values
/// the Word renderer writes into its style sheet, so the two outputs look alike.
/// </summary>
internal sealed class PdfStyles(Theme theme)
{
    /// <summary>Millimetres to points.</summary>
    public static double Mm(double mm) => mm * 72 / 25.4;

    /// <summary>The theme.</summary>
    public Theme Theme { get; } = theme;

    /// <summary>Running text.</summary>
    public TextStyle Body => new() { Families = Theme.Fonts.Body, Size = Theme.BodySize, Color = Theme.Colors.Text };

    /// <summary>The style of a paragraph role.</summary>
    public TextStyle ForRole(string role) => role switch
    {
        ParagraphRoles.Title => Heading with { Size = Theme.TitleSize, Bold = false },
        ParagraphRoles.Subtitle => Heading with { Size = Theme.BodySize + 3, Bold = false, Color = Theme.Colors.Muted },
        ParagraphRoles.Meta => Body with { Size = Theme.BodySize - 1, Color = Theme.Colors.Muted },
        ParagraphRoles.Lead => Body with { Size = Theme.BodySize + 1.5 },
        ParagraphRoles.Note => Body with { Size = Theme.BodySize - 2 },
        "code" => Mono with { Size = Theme.BodySize - 1.5 },
        _ => Body,
    };

    /// <summary>Line spacing of a role: display roles are set solid.</summary>
    public double LineSpacingFor(string role) => role is ParagraphRoles.Title or ParagraphRoles.Note or "code" ? 1.0 : Theme.LineSpacing;

    /// <summary>Space after a paragraph of a role, points.</summary>
    public double SpaceAfterFor(string role) => role switch
    {
        ParagraphRoles.Title => 4,
        ParagraphRoles.Subtitle => 14,
        ParagraphRoles.Meta or ParagraphRoles.Note or "code" => 0,
        _ => Theme.ParagraphSpacing,
    };

    /// <summary>Headings' base style.</summary>
    public TextStyle Heading => new() { Families = Theme.Fonts.Heading, Size = Theme.BodySize, Color = Theme.Colors.Heading, Bold = true };

    /// <summary>The style of a heading of <paramref name="level"/>.</summary>
    public TextStyle HeadingLevel(int level) => Heading with
    {
        Size = level <= 3 ? Theme.HeadingSizes[Math.Min(level - 1, Theme.HeadingSizes.Count - 1)] : Theme.BodySize,
        Color = level == 3 ? Theme.Colors.Accent : Theme.Colors.Heading,
    };

    /// <summary>Space before a heading of <paramref name="level"/>, points.</summary>
    public static double SpaceBeforeHeading(int level) => level == 1 ? 18 : level == 2 ? 12 : 10;

    /// <summary>Space after a heading of <paramref name="level"/>, points.</summary>
    public static double SpaceAfterHeading(int level) => level == 1 ? 6 : 4;

    /// <summary>Monospaced text.</summary>
    public TextStyle Mono => Body with { Families = Theme.Fonts.Mono, Size = Theme.BodySize - 1 };

    /// <summary>Table body text.</summary>
    public TextStyle TableText => Body with { Size = Theme.BodySize - 1.5 };

    /// <summary>Table header text.</summary>
    public TextStyle TableHeading => TableText with { Bold = true, Color = Theme.Colors.TableHeaderText };

    /// <summary>Header and footer text.</summary>
    public TextStyle Furniture => Body with { Size = Theme.BodySize - 2, Color = Theme.Colors.Muted };

    /// <summary>The classification banner's text.</summary>
    public TextStyle Banner => Body with { Size = Theme.BodySize - 1.5, Bold = true, Color = Theme.Colors.BannerText, LetterSpacing = 1 };

    /// <summary>Captions.</summary>
    public TextStyle Caption => Body with { Size = Theme.BodySize - 1.5, Italic = true, Color = Theme.Colors.Muted };

    /// <summary>Callout titles.</summary>
    public TextStyle CalloutTitle => Heading with { Size = Theme.BodySize };
}
