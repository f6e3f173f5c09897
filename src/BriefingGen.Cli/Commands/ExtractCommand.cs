using System.CommandLine;
using System.Text;
using BriefingGen.Cli.Output;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Rendering;
using BriefingGen.Word.Reading;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen extract PAPER.docx [--out DATA.yaml] [--template NAME|DIR]</c>: reads the data a
/// paper carries back, with the edits made in its content controls, checks it against the pack's
/// schema and writes it as YAML (JSON when the file ends in .json), or to standard output when no
/// file is given. It lists what changed since the paper was made. Nothing is written when the data
/// does not pass the schema; a problem in an edited value names the control it was edited in.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The largest paper read, in bytes.</summary>
    private const long MaxPaperBytes = 256L * 1024 * 1024;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paper = new Argument<string>("paper") { Description = "A .docx made by briefgen (and perhaps edited since)." };
        paper.Validators.Add(UnknownOptions.Reject);
        var template = new Option<string?>("--template", "-t") { Description = "Template pack name or folder to check the data against (default: the pack that made the paper)." };
        var outFile = new Option<string?>("--out", "-o") { Description = "The data file to write: YAML, or JSON when it ends in .json (default: YAML on standard output)." };
        var command = new Command("extract", "Read a paper's data back, with the edits made in Word, into a data file.") { paper, template, outFile };
        command.SetAction(parse => Run(parse.GetValue(paper)!, parse.GetValue(template), parse.GetValue(outFile), output, error));
        return command;
    }

    private static int Run(string paper, string? template, string? outFile, TextWriter output, TextWriter error)
    {
        // Read as data files are: a pipe, a device or a link loop is refused by name, never waited on.
        var bytes = IO.BoundedFile.ReadBytes(paper, MaxPaperBytes, out var readError);
        if (bytes is null)
        {
            error.WriteLine(readError == "no such file" ? $"{paper}: no such file" : $"{paper}: cannot read the paper: {readError}");
            return ExitCodes.InputError;
        }

        ExtractedPaper extracted;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            extracted = PaperExtractor.Extract(stream, paper);
        }

        DiagnosticPrinter.Print(extracted.Diagnostics, error);
        if (!extracted.Succeeded)
        {
            error.WriteLine($"{paper}: no data extracted; fix the errors above.");
            return ExitCodes.InputError;
        }

        var request = string.IsNullOrWhiteSpace(template) ? new PackRequest(extracted.Pack, SourceLocation.OfFile(paper)) : new PackRequest(template);
        var engine = PackChoice.Load(request, error);
        if (engine is null)
        {
            error.WriteLine($"{paper}: the data cannot be checked without its pack; give one with --template.");
            return ExitCodes.InputError;
        }

        if (request.FromData && extracted.Version.Length > 0 && engine.Pack!.Manifest.Version != extracted.Version)
        {
            error.WriteLine($"{paper}: warning: the paper was made with {extracted.Pack} {extracted.Version}; checking against version {engine.Pack.Manifest.Version}");
        }

        var data = extracted.Data!;
        var diagnostics = engine.Validate(DataSource.FromTree(data, paper)).Select(d => extracted.AtControl(d, paper)).ToList();
        DiagnosticPrinter.Print(diagnostics, error);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            error.WriteLine($"{paper}: the data was not written; fix the errors above in the paper, or write it out with a pack that accepts it (--template).");
            return ExitCodes.InputError;
        }

        var changes = DataDiff.Compare(extracted.Embedded!, data);
        var report = outFile is null ? error : output;
        report.WriteLine(changes.Count == 0 ? $"{paper}: no changes since the paper was made" : $"{paper}: {changes.Count} {(changes.Count == 1 ? "change" : "changes")} since the paper was made:");
        foreach (var change in changes)
        {
            report.WriteLine("  " + change);
        }

        var json = outFile is not null && Path.GetExtension(outFile).Equals(".json", StringComparison.OrdinalIgnoreCase);
        var text = json ? JsonDataWriter.Write(data) : YamlDataWriter.Write(data);
        if (outFile is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        var target = Path.GetFullPath(outFile);
        if ((IO.ContainedPath.RealPath(target) ?? target) == (IO.ContainedPath.RealPath(Path.GetFullPath(paper)) ?? Path.GetFullPath(paper)))
        {
            error.WriteLine($"{paper}: not written; --out {outFile} is the paper itself, which the data would overwrite; give another file");
            return ExitCodes.UsageError;
        }

        var extension = Path.GetExtension(outFile);
        var stem = outFile[..^extension.Length];
        if (new PaperWriter().Write(stem, [new RenderedOutput(json ? "json" : "yaml", extension, Encoding.UTF8.GetBytes(text))]) is { } failure)
        {
            error.WriteLine($"{paper}: not written; {failure}");
            return ExitCodes.InputError;
        }

        output.WriteLine($"wrote {outFile}");
        return ExitCodes.Success;
    }
}
