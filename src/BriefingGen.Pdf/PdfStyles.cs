using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf;

/// <summary>
/// The stylesheet in the PDF engine's terms: text looks become <see cref="TextStyle"/>s. Nothing is
/// decided here; every size, colour and spacing comes from the stylesheet, as Word's styles do.
/// </summary>
internal sealed class PdfStyles(StyleSheet sheet)
{
    /// <summary>Millimetres to points.</summary>
    public static double Mm(double mm) => mm * 72 / 25.4;

    /// <summary>The stylesheet.</summary>
    public StyleSheet Sheet { get; } = sheet;

    /// <summary>The look of paragraphs in <paramref name="role"/>.</summary>
    public ParagraphLook Look(string role) => Sheet.Paragraph(role);

    /// <summary>The text style of paragraphs in <paramref name="role"/>.</summary>
    public TextStyle ForRole(string role) => Text(Sheet.Paragraph(role).Text);

    /// <summary><paramref name="around"/> changed as inline role <paramref name="role"/> (a link, code) changes it.</summary>
    public TextStyle Inline(string role, TextStyle around)
    {
        var look = Sheet.Inline(role);
        return around with
        {
            Families = look.Families ?? around.Families,
            Size = look.Size ?? around.Size,
            Color = look.Color ?? around.Color,
            Bold = look.Bold ?? around.Bold,
            Italic = look.Italic ?? around.Italic,
            Underline = look.Underline ?? around.Underline,
            Superscript = look.Superscript ?? around.Superscript,
        };
    }

    /// <summary>A text look as the layout engine's style.</summary>
    public static TextStyle Text(TextLook look) => new()
    {
        Families = look.Families,
        Size = look.Size,
        Color = look.Color,
        Bold = look.Bold,
        Italic = look.Italic,
        Underline = look.Underline,
        Superscript = look.Superscript,
        LetterSpacing = look.LetterSpacing,
        Capitals = look.Capitals,
    };
}
