using System.Diagnostics;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>
/// What every hostile case checks: briefgen ends within its time with exit 0 or 1, never a crash
/// or an internal error; on 1 it wrote nothing; on 0 every file it wrote is valid.
/// </summary>
internal sealed class Hostile : IDisposable
{
    /// <summary>
    /// Wall-clock time a case may take. Every case runs in a second or two on its own; the limit
    /// leaves room for a test run sharing two cores, and still catches a hang or a quadratic cost
    /// (the inputs are sized so that either would take minutes).
    /// </summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>A fresh folder for the case's files.</summary>
    public TempFolder Folder { get; } = new();

    /// <summary>Where papers go.</summary>
    public string Out => Path.Combine(Folder.Path, "out");

    /// <summary>The sample's text, to start a case from.</summary>
    public static string Sample => File.ReadAllText(RepositoryPaths.Sample);

    /// <summary>A minimal valid brief with <paramref name="extra"/> fields added or replacing.</summary>
    public static string Brief(string extra = "") =>
        "title: Hostile\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n" + extra;

    /// <summary>A copy of the policy-brief pack in the case's folder, to break.</summary>
    public string CopyPack()
    {
        var pack = Path.Combine(Folder.Path, "pack");
        foreach (var file in Directory.GetFiles(RepositoryPaths.PolicyBriefPack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(pack, Path.GetRelativePath(RepositoryPaths.PolicyBriefPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return pack;
    }

    /// <summary>Runs briefgen with a time limit and checks the promises above; returns the exit code and standard error.</summary>
    public (int Exit, string Error) Run(params string[] args) => Run(args, batch: false);

    /// <summary>As <see cref="Run(string[])"/> for a run of several papers, where a failure of one leaves the others written.</summary>
    public (int Exit, string Error) RunBatch(params string[] args) => Run(args, batch: true);

    private (int Exit, string Error) Run(string[] args, bool batch)
    {
        (int Exit, string Out, string Err) result = default;
        var thread = new Thread(() => result = Cli.Run(args), 256 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(Limit), $"briefgen {string.Join(' ', args)} ran longer than {Limit.TotalSeconds} s");
        Assert.True(result.Exit is 0 or 1, $"exit {result.Exit}:\n{result.Err}");
        Assert.DoesNotContain("internal error", result.Err, StringComparison.Ordinal);
        var written = Directory.Exists(Out) ? Directory.GetFiles(Out, "*", SearchOption.AllDirectories) : [];
        if (result.Exit == 1 && args.Length > 0 && args[0] == "render" && !batch)
        {
            Assert.True(written.Length == 0, "a failed run wrote " + string.Join(", ", written));
        }

        foreach (var file in written)
        {
            AssertValid(file);
        }

        return (result.Exit, result.Err ?? "");
    }

    /// <summary>A written file is valid: a .docx by OpenXmlValidator, a .pdf by qpdf.</summary>
    public static void AssertValid(string file)
    {
        if (file.EndsWith(".docx", StringComparison.Ordinal))
        {
            using var document = WordprocessingDocument.Open(file, false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Take(3).ToList();
            Assert.True(errors.Count == 0, $"{file}: " + string.Join("; ", errors.Select(e => e.Description)));
        }
        else if (file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            Assert.True(qpdf.ExitCode == 0, $"{file}: {output}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => Folder.Dispose();
}
