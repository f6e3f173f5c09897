using System.Diagnostics;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>Runs the command-line tools that judge our PDFs (qpdf, poppler-utils) on a file.</summary>
internal static class PdfTools
{
    /// <summary>Runs <paramref name="tool"/> and returns its exit code, standard output and error.</summary>
    public static (int Exit, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>
    /// The text poppler extracts: in the reading order it infers from the page, or with
    /// <paramref name="raw"/> in the order it was drawn, which long tables need (poppler's column
    /// detection mixes their header into the rows).
    /// </summary>
    public static string Text(string pdf, bool raw = false) =>
        Run("pdftotext", raw ? ["-raw", "-enc", "UTF-8", pdf, "-"] : ["-enc", "UTF-8", pdf, "-"]).Output;

    /// <summary>The fields pdfinfo prints, by name.</summary>
    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", "-isodates", "-enc", "UTF-8", pdf).Output.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());

    /// <summary>The file with its streams decompressed, as text, to look at content-stream operators.</summary>
    public static string Uncompressed(string pdf)
    {
        var qdf = pdf + ".qdf";
        Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        return System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
    }
}
