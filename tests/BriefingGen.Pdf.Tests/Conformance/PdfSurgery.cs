using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests.Conformance;

/// <summary>
/// Breaks a finished PDF on purpose, to show the checker can fail: qpdf rewrites it uncompressed
/// (QDF), one regular-expression edit is made to it, and fix-qdf mends the lengths and offsets.
/// </summary>
internal static class PdfSurgery
{
    /// <summary>The bytes of <paramref name="pdf"/> with the first match of <paramref name="pattern"/> replaced.</summary>
    public static byte[] Break(string pdf, string pattern, string replacement)
    {
        var qdf = pdf + "." + Guid.NewGuid().ToString("N") + ".qdf";
        var (exit, _, error) = PdfTools.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        Assert.True(exit == 0, error);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        var regex = new Regex(pattern, RegexOptions.Singleline, TimeSpan.FromSeconds(10));
        Assert.True(regex.IsMatch(text), $"nothing matches {pattern}");
        File.WriteAllBytes(qdf, Encoding.Latin1.GetBytes(regex.Replace(text, replacement, 1)));
        return FixQdf(qdf);
    }

    /// <summary>fix-qdf's output, which it writes to standard output as binary.</summary>
    private static byte[] FixQdf(string qdf)
    {
        var start = new ProcessStartInfo("fix-qdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(qdf);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fix-qdf");
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return output.ToArray();
    }
}
