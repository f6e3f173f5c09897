using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>A word as poppler found it on a page, with its box in points from the top-left corner.</summary>
internal sealed record PageWord(int Page, double X0, double Y0, double X1, double Y1, string Text);

/// <summary>
/// The checks a careful reader and a validator make, with real tools: qpdf finds no damage; every
/// font is embedded, subset and mapped to Unicode; every word lies inside the page margins; no
/// two words overlap. The same checks as the shared pdf-audit tool, so the suite enforces them.
/// </summary>
internal static partial class PdfAudit
{
    /// <summary>What is wrong with <paramref name="pdf"/>; empty when nothing is.</summary>
    public static List<string> Problems(string pdf, double minMargin = 14)
    {
        var problems = new List<string>();
        var check = PdfTools.Run("qpdf", "--check", pdf);
        if (check.Exit != 0)
        {
            problems.Add("qpdf --check: " + (check.Output + check.Error).Trim());
        }

        foreach (var font in Fonts(pdf).Where(f => f.Flags != "yes yes yes"))
        {
            problems.Add($"font not embedded, subset and Unicode-mapped: {font.Name} ({font.Flags})");
        }

        var (sizes, words) = Words(pdf);
        foreach (var word in words)
        {
            var (width, height) = sizes[word.Page - 1];
            if (word.X0 < minMargin || word.Y0 < minMargin - 6 || word.X1 > width - minMargin || word.Y1 > height - minMargin + 6)
            {
                problems.Add($"page {word.Page}: '{word.Text}' at ({word.X0:0},{word.Y0:0})-({word.X1:0},{word.Y1:0}) is outside the page area");
            }
        }

        foreach (var page in words.GroupBy(w => w.Page))
        {
            var sorted = page.OrderBy(w => w.X0).ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                var a = sorted[i];
                for (var j = i + 1; j < sorted.Count && sorted[j].X0 < a.X1; j++)
                {
                    var b = sorted[j];
                    var ix = Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0);
                    var iy = Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0);
                    var smaller = Math.Min((a.X1 - a.X0) * (a.Y1 - a.Y0), (b.X1 - b.X0) * (b.Y1 - b.Y0));
                    if (ix > 0 && iy > 0 && ix * iy > 0.25 * Math.Max(smaller, 1))
                    {
                        problems.Add($"page {page.Key}: '{a.Text}' overlaps '{b.Text}'");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>Each font pdffonts lists, with its "emb sub uni" flags.</summary>
    public static List<(string Name, string Type, string Flags)> Fonts(string pdf) =>
        PdfTools.Run("pdffonts", pdf).Output.Split('\n').Skip(2)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cols => (cols[0], cols[1], string.Join(' ', cols[^5..^2])))
            .ToList();

    /// <summary>The page sizes and every word with its box.</summary>
    public static (List<(double Width, double Height)> Pages, List<PageWord> Words) Words(string pdf)
    {
        var xml = PdfTools.Run("pdftotext", "-bbox", pdf, "-").Output;
        var pages = new List<(double, double)>();
        var words = new List<PageWord>();
        foreach (Match page in PageRegex().Matches(xml))
        {
            pages.Add((Number(page.Groups[1].Value), Number(page.Groups[2].Value)));
            foreach (Match word in WordRegex().Matches(page.Groups[3].Value))
            {
                words.Add(new PageWord(pages.Count, Number(word.Groups[1].Value), Number(word.Groups[2].Value),
                    Number(word.Groups[3].Value), Number(word.Groups[4].Value), System.Net.WebUtility.HtmlDecode(word.Groups[5].Value)));
            }
        }

        return (pages, words);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageRegex();

    [GeneratedRegex("<word xMin=\"([\\d.\\-]+)\" yMin=\"([\\d.\\-]+)\" xMax=\"([\\d.\\-]+)\" yMax=\"([\\d.\\-]+)\">(.*?)</word>")]
    private static partial Regex WordRegex();
}
