using System.Diagnostics;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// The property every input must keep: <c>briefgen render FILE --out DIR</c> takes at most
/// <see cref="TimeLimit"/> of processor time and finishes; it exits 0 or 1, never 2 (usage) or 3 (internal error), and never says
/// "internal error"; when it exits 1 it wrote nothing; when it exits 0 it wrote a .docx that
/// OpenXmlValidator (Office 2019) finds no error in and a PDF that <c>qpdf --check</c> accepts.
/// </summary>
internal static partial class RenderProperty
{
    /// <summary>
    /// How much processor time one render may take. It is the process's time, which the fuzz test
    /// has to itself (it runs alone in its collection): a clock would also count the time the
    /// render waited while other test processes had the cores, three times as long on a busy
    /// two-core machine.
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>How long by the clock a render may go on before it counts as stuck, however busy the machine.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The stack the render runs on: 1 MB, what the main thread of a Windows program gets, the
    /// smallest any user's <c>briefgen</c> runs on.
    /// </summary>
    private const int StackSize = 1024 * 1024;

    /// <summary>Writes <paramref name="input"/> and the picture fixtures into <paramref name="folder"/>, renders it, and judges the result.</summary>
    public static FuzzOutcome Check(FuzzCase input, string folder)
    {
        ImageFixtures.WriteTo(folder);
        var data = Path.Combine(folder, input.FileName);
        File.WriteAllBytes(data, input.Bytes);
        var outDir = Path.Combine(folder, "out");
        var processor = Environment.CpuUsage.TotalTime;
        var (exit, error, thrown, elapsed) = Run(["render", data, "--out", outDir]);
        var busy = Environment.CpuUsage.TotalTime - processor;
        var problems = new List<(string, string)>();
        if (exit is null && thrown is null)
        {
            problems.Add(($"no exit within {StuckAfter.TotalSeconds:0} s", $"still running after {elapsed.TotalSeconds:0} s; the process used {busy.TotalSeconds:0.0} s of processor time meanwhile; {Load()}"));
        }
        else if (busy > TimeLimit)
        {
            problems.Add(($"more than {TimeLimit.TotalSeconds:0} s of processor time", $"finished after {elapsed.TotalSeconds:0.0} s with exit {exit}, having used {busy.TotalSeconds:0.0} s of processor time; {Load()}"));
        }

        if (thrown is not null)
        {
            problems.Add(($"BriefgenApp.Run threw {thrown.GetType().Name}", thrown.ToString()));
        }
        else if (exit is not null)
        {
            problems.AddRange(JudgeExit(exit.Value, error, outDir, input));
        }

        return new FuzzOutcome(exit, error, problems, elapsed) { ProcessorTime = busy };
    }

    /// <summary>
    /// Runs the command on a thread of its own, waiting at most <see cref="StuckAfter"/> for it.
    /// </summary>
    private static (int? Exit, string Error, Exception? Thrown, TimeSpan Elapsed) Run(string[] args)
    {
        int? exit = null;
        Exception? thrown = null;
        var took = TimeSpan.Zero;
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();
        var thread = new Thread(
            () =>
            {
                try
                {
                    exit = BriefgenApp.Run(args, output, error);
                }
                catch (Exception e)
                {
                    thrown = e;
                }

                took = clock.Elapsed;
            },
            StackSize)
        { IsBackground = true, Name = "briefgen render (fuzz)" };
        thread.Start();
        var finished = thread.Join(StuckAfter);

        // A run that never finished keeps its thread and the writers it holds: read them only after a finish.
        return finished ? (exit, error.ToString(), thrown, took) : (null, "", null, clock.Elapsed);
    }

    private static IEnumerable<(string, string)> JudgeExit(int exit, string error, string outDir, FuzzCase input)
    {
        if (error.Contains("internal error", StringComparison.OrdinalIgnoreCase) || exit == 3)
        {
            yield return (InternalErrorClass(exit, error), error);
        }
        else if (exit is not (0 or 1))
        {
            yield return ($"exit {exit}: {Normalize(FirstLine(error))}", error);
        }

        var written = Directory.Exists(outDir) ? Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
        if (exit != 0)
        {
            if (written.Count > 0)
            {
                yield return ($"exit {exit} but wrote files", string.Join(", ", written));
            }

            yield break;
        }

        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        var expected = new[] { stem + ".docx", stem + ".pdf" };
        if (!written.SequenceEqual(expected, StringComparer.Ordinal))
        {
            yield return ("exit 0 without exactly the .docx and .pdf", "wrote: " + string.Join(", ", written));
        }

        var docx = Path.Combine(outDir, expected[0]);
        if (File.Exists(docx))
        {
            foreach (var problem in DocxProblems(docx))
            {
                yield return problem;
            }
        }

        var pdf = Path.Combine(outDir, expected[1]);
        if (File.Exists(pdf))
        {
            foreach (var problem in PdfProblems(pdf))
            {
                yield return problem;
            }
        }
    }

    /// <summary>What OpenXmlValidator (Office 2019 rules) finds, one problem per distinct kind of error.</summary>
    private static IEnumerable<(string, string)> DocxProblems(string docx)
    {
        try
        {
            using var document = WordprocessingDocument.Open(docx, isEditable: false);
            return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
                .GroupBy(e => "docx invalid: " + Normalize(e.Description))
                .Select(g => (g.Key, $"{g.Count()} error(s), first: {g.First().Part?.Uri} {g.First().Path?.XPath}: {g.First().Description}"))
                .ToList();
        }
        catch (Exception e)
        {
            // Whatever the SDK throws, the file is not one Word can open.
            return [($"docx does not open: {e.GetType().Name}", e.Message)];
        }
    }

    /// <summary>What <c>qpdf --check</c> reports, when it does not accept the file.</summary>
    private static IEnumerable<(string, string)> PdfProblems(string pdf)
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start qpdf");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0)
        {
            return [];
        }

        var report = (stderr.Result + "\n" + stdout).Trim();
        var first = report.Split('\n').FirstOrDefault(l => l.Contains("WARNING", StringComparison.OrdinalIgnoreCase) || l.Contains("error", StringComparison.OrdinalIgnoreCase))
            ?? FirstLine(report);
        return [($"qpdf --check exit {process.ExitCode}: {Normalize(first.Replace(pdf, "FILE", StringComparison.Ordinal))}", report)];
    }

    /// <summary>The exception type, its message with the particulars taken out, and the first frame of the product's code, when the stack was printed.</summary>
    private static string InternalErrorClass(int exit, string error)
    {
        var line = error.Split('\n').FirstOrDefault(l => l.Contains("internal error", StringComparison.OrdinalIgnoreCase)) ?? FirstLine(error);
        var frame = FrameRegex().Match(error);
        return $"exit {exit}: {Normalize(line.Replace("briefgen: ", "", StringComparison.Ordinal))}" + (frame.Success ? " at " + frame.Groups[1].Value : "");
    }

    /// <summary>The machine's load, which says whether a slow run was slow or only starved of the processor.</summary>
    private static string Load() =>
        File.Exists("/proc/loadavg") ? $"load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores" : "";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>A message with its particulars (numbers, quoted text, paths) taken out, so the same cause gives the same class.</summary>
    public static string Normalize(string message)
    {
        var s = QuotedRegex().Replace(message, "'…'");
        s = PathRegex().Replace(s, "PATH");
        s = HexRegex().Replace(s, "#");
        s = NumberRegex().Replace(s, "#");
        s = string.Concat(s.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c));
        return FuzzFailure.Printable(s.Length > 160 ? s[..(char.IsHighSurrogate(s[159]) ? 159 : 160)] + "…" : s);
    }

    [GeneratedRegex(@"at (BriefingGen\.[\w.`<>|]+)\(")]
    private static partial Regex FrameRegex();

    [GeneratedRegex("'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex(@"(/[\w.\-+]+){2,}")]
    private static partial Regex PathRegex();

    [GeneratedRegex(@"\b0x[0-9A-Fa-f]+\b")]
    private static partial Regex HexRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberRegex();
}
