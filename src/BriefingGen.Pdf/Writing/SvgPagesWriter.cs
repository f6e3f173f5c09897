using System.Globalization;
using System.Security;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes the pages an <see cref="SvgCanvas"/> drew as one SVG document: the pages one below the
/// other with a gap, each a nested <c>&lt;svg class="page"&gt;</c> that holds its own glyph
/// outlines, so a viewer can show the whole paper or lift out any page as a picture of its own.
/// Each page says its printed number (<c>data-label</c>) as the PDF's page labels do.
/// </summary>
internal static class SvgPagesWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The room between two pages, in points.</summary>
    public const double Gap = 12;

    /// <summary>Writes <paramref name="pages"/>, labelled by <paramref name="labels"/>, to <paramref name="output"/> as UTF-8.</summary>
    public static void Write(IReadOnlyList<SvgPage> pages, IReadOnlyList<string> labels, Stream output)
    {
        var width = pages.Count == 0 ? 0 : pages.Max(p => p.Width);
        var height = pages.Sum(p => p.Height) + (Gap * Math.Max(0, pages.Count - 1));
        // Written straight through an encoder: the pictures of a long paper run to megabytes, and one
        // string of them and its bytes would each be a large object made and dropped per preview.
        using var writer = new StreamWriter(output, Utf8, 16 * 1024, leaveOpen: true);
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height)).Append("\" data-pages=\"").Append(pages.Count).Append("\">\n");
        var top = 0.0;
        foreach (var page in pages)
        {
            var label = page.Number <= labels.Count ? labels[page.Number - 1] : page.Number.ToString(CultureInfo.InvariantCulture);
            svg.Append("<svg class=\"page\" id=\"page-").Append(page.Number).Append("\" data-label=\"").Append(SecurityElement.Escape(label))
                .Append("\" y=\"").Append(Number(top)).Append("\" width=\"").Append(Number(page.Width)).Append("\" height=\"").Append(Number(page.Height))
                .Append("\" viewBox=\"0 0 ").Append(Number(page.Width)).Append(' ').Append(Number(page.Height)).Append("\">\n");
            svg.Append("<defs>\n");
            foreach (var (id, (face, glyph)) in page.Glyphs)
            {
                svg.Append("<path id=\"").Append(id).Append("\" d=\"").Append(Fonts.GlyphOutlines.Of(face, glyph)).Append("\"/>\n");
            }

            svg.Append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
            writer.Write(svg);
            svg.Clear();
            writer.Write(page.Body);
            svg.Append("</svg>\n");
            top += page.Height + Gap;
        }

        svg.Append("</svg>\n");
        writer.Write(svg);
    }

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
