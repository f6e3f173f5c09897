using System.Globalization;
using BriefingGen.Styling;

namespace BriefingGen.Html.Css;

/// <summary>
/// The stylesheet's looks as CSS. The HTML backend decides no look of its own: fonts, sizes,
/// colours, spacing, rules and fills all come from the roles the Word and PDF backends convert, so
/// the page follows the pack's theme. Points become pixels by one factor, which keeps the theme's
/// proportions while print sizes, which read small on a screen, grow to screen sizes.
/// </summary>
internal static class CssLooks
{
    /// <summary>Pixels per point: 10.5 pt body text becomes 15.75 px, a comfortable screen size.</summary>
    public const double PixelsPerPoint = 1.5;

    /// <summary>A single line's height as a multiple of the font size, as office faces set it.</summary>
    private const double SingleLine = 1.2;

    /// <summary>Points as pixels.</summary>
    public static double Px(double points) => points * PixelsPerPoint;

    /// <summary>The text of <paramref name="look"/>: family, size, colour, weight, slant, underline, spacing.</summary>
    public static CssDeclarations Text(TextLook look, bool monospace = false)
    {
        var css = new CssDeclarations()
            .Set("font-family", FontStacks.For(look.Families, monospace))
            .Px("font-size", Px(look.Size))
            .Color("color", look.Color)
            .Set("font-weight", look.Bold ? "700" : "400")
            .Set("font-style", look.Italic ? "italic" : "normal");
        if (look.Underline)
        {
            css.Set("text-decoration", "underline");
        }

        if (look.LetterSpacing > 0)
        {
            css.Px("letter-spacing", Px(look.LetterSpacing));
        }

        return css;
    }

    /// <summary>What an inline role changes, and nothing else, so the paragraph's look shows through.</summary>
    public static CssDeclarations Inline(InlineLook look)
    {
        var css = new CssDeclarations();
        if (look.Families is { } families)
        {
            css.Set("font-family", FontStacks.For(families, look.Role == StyleRoles.InlineCode));
        }

        if (look.Size is { } size && look.Superscript != true)
        {
            css.Px("font-size", Px(size));
        }

        if (look.Color is { } color)
        {
            css.Color("color", color);
        }

        if (look.Bold is { } bold)
        {
            css.Set("font-weight", bold ? "700" : "400");
        }

        if (look.Italic is { } italic)
        {
            css.Set("font-style", italic ? "italic" : "normal");
        }

        if (look.Underline is { } underline)
        {
            css.Set("text-decoration", underline ? "underline" : "none");
        }

        if (look.Superscript == true)
        {
            css.Set("vertical-align", "super").Set("font-size", "75%").Set("line-height", "0");
        }

        return css;
    }

    /// <summary>A paragraph role's look: its text, spacing, line height, alignment, indents, fill and rules.</summary>
    public static CssDeclarations Paragraph(ParagraphLook look)
    {
        var css = Text(look.Text, look.Role == StyleRoles.Code)
            .Set("line-height", (look.LineSpacing * SingleLine).ToString("0.##", CultureInfo.InvariantCulture))
            .Set("margin", $"{CssDeclarations.Length(Px(look.SpaceBefore))} {CssDeclarations.Length(Px(look.IndentRight))} {CssDeclarations.Length(Px(look.SpaceAfter))} {CssDeclarations.Length(Px(look.IndentLeft))}");
        if (look.Alignment != ParagraphAlignment.Left)
        {
            css.Set("text-align", look.Alignment.ToString().ToLowerInvariant());
        }

        if (look.Fill is { } fill)
        {
            css.Color("background-color", fill).Set("padding", "2px 6px");
        }

        if (look.BottomRule is { } bottom)
        {
            css.Set("border-bottom", Rule(bottom)).Px("padding-bottom", Px(bottom.Space));
        }

        if (look.LeftRule is { } left)
        {
            css.Set("border-left", Rule(left)).Px("padding-left", Px(Math.Max(left.Space, 4)));
        }

        return css;
    }

    /// <summary>A panel's fill, padding, text colour and left rule.</summary>
    public static CssDeclarations Box(BoxLook look)
    {
        var css = new CssDeclarations()
            .Color("color", look.TextColor)
            .Set("padding", $"{CssDeclarations.Length(Px(look.Padding.Top))} {CssDeclarations.Length(Px(look.Padding.Right))} {CssDeclarations.Length(Px(look.Padding.Bottom))} {CssDeclarations.Length(Px(look.Padding.Left))}");
        if (look.Fill is { } fill)
        {
            css.Color("background-color", fill);
        }

        if (look.LeftRule is { } rule)
        {
            css.Set("border-left", Rule(rule));
        }

        return css;
    }

    /// <summary>A rule as a CSS border: at least one pixel, so hairlines still show.</summary>
    public static string Rule(RuleLook rule) => $"{CssDeclarations.Length(Math.Max(1, Px(rule.Width)))} solid #{rule.Color}";

    /// <summary>A table cell's padding and rules.</summary>
    public static CssDeclarations Cell(TableLook table) =>
        new CssDeclarations()
            .Set("padding", $"{CssDeclarations.Length(Px(table.CellPadding.Top))} {CssDeclarations.Length(Px(table.CellPadding.Right))} {CssDeclarations.Length(Px(table.CellPadding.Bottom))} {CssDeclarations.Length(Px(table.CellPadding.Left))}")
            .Set("border", Rule(new RuleLook(table.RuleWidth, table.RuleColor)))
            .Set("vertical-align", "top")
            .Set("text-align", "left");
}
