namespace BriefingGen.Pdf.Tests.Support;

/// <summary>What poppler and MuPDF make of the pictures in a PDF.</summary>
internal static class PictureTools
{
    /// <summary>
    /// A line MuPDF prints for any picture when it is built without colour management; it says
    /// nothing about the file.
    /// </summary>
    private const string MupdfWithoutIcc = "warning: ICC support is not available";

    /// <summary>pdfimages -list, one row of columns per image or soft mask: page num type width height color comp bpc enc …</summary>
    public static List<string[]> List(string pdf) =>
        [.. PdfTools.Run("pdfimages", "-list", pdf).Output.Split('\n').Skip(2)
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>
    /// Renders every page with poppler (pdftoppm) and MuPDF (mutool draw) and returns whatever either
    /// prints on standard error — a damaged picture makes libjpeg or zlib complain there — and the
    /// pages each drew, as PNG files.
    /// </summary>
    public static (string Complaints, string[] Pages, string[] MupdfPages) Render(string pdf, int dpi = 30)
    {
        var folder = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-pages");
        Directory.CreateDirectory(folder);
        var poppler = PdfTools.Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, Path.Combine(folder, "p"));
        var mupdf = PdfTools.Run("mutool", "draw", "-q", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", Path.Combine(folder, "m%d.png"), pdf);
        var complaints = string.Join('\n', (poppler.Output + poppler.Error + mupdf.Output + mupdf.Error).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && l != MupdfWithoutIcc));
        if (poppler.Exit != 0 || mupdf.Exit != 0)
        {
            complaints += $"\nexit codes: pdftoppm {poppler.Exit}, mutool {mupdf.Exit}";
        }

        return (complaints.Trim(), [.. Directory.GetFiles(folder, "p*.png").Order(StringComparer.Ordinal)], [.. Directory.GetFiles(folder, "m*.png").Order(StringComparer.Ordinal)]);
    }
}
