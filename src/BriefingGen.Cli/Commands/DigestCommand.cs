using System.CommandLine;
using BriefingGen.Cli.Output;
using BriefingGen.Components.Digest;
using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen digest DIGEST.yaml [--previous SNAPSHOT [--redline]] [--out DIR] [--format …] [--template T]</c>:
/// makes a digest in every format and writes, beside it, the snapshot of its data
/// (<c>&lt;name&gt;-&lt;year&gt;-W&lt;week&gt;.snapshot.json</c>) that next week's run compares
/// against. Given last week's snapshot, the digest opens with what changed and marks each change.
/// All files are written together, or none.
/// </summary>
internal static class DigestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("digest") { Description = "The digest's data file (.yaml or .json) for a digest pack such as weekly-digest." };
        file.Validators.Add(UnknownOptions.Reject);
        var previous = new Option<string?>("--previous", "-p") { Description = "Last week's snapshot (.snapshot.json), to mark what changed since." };
        var template = new Option<string?>("--template", "-t") { Description = "Template pack name or folder (default: the data's 'template:' field)." };
        var format = new Option<string>("--format", "-f") { Description = "docx, pdf, html, html-email, text, eml, md or all (docx, pdf, html and eml: the digest to print, edit, publish and send).", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "html", "html-email", "text", "eml", "md", "all");
        var redline = new Option<bool>("--redline") { Description = "Show how each brief's summary changed since the snapshot as tracked changes (Word) and underline, strike-through and change bars (PDF)." };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the digest and its snapshot (default: the current folder).", DefaultValueFactory = _ => "." };
        var command = new Command("digest", "Make a digest, marking what changed since last week's snapshot, and write this week's snapshot.") { file, previous, redline, template, format, outDir };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            string[] formats = chosen == "all" ? ["docx", "pdf", "html", "eml"] : [chosen];
            if (parse.GetValue(redline) && parse.GetValue(previous) is null)
            {
                error.WriteLine("briefgen: --redline shows changes since a snapshot; give the snapshot with --previous.");
                return ExitCodes.UsageError;
            }

            return Run(parse.GetValue(file)!, parse.GetValue(previous), parse.GetValue(redline), parse.GetValue(template), formats, parse.GetValue(outDir)!, output, error);
        });
        return command;
    }

    private static int Run(string file, string? previousFile, bool redline, string? template, string[] formats, string outDir, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"{file}: no such file");
            return ExitCodes.InputError;
        }

        DataNode? previous = null;
        if (previousFile is not null)
        {
            var read = DataLoader.Load(previousFile);
            DiagnosticPrinter.Print(read.Diagnostics, error);
            if (!read.Succeeded || read.Root is not DataMap)
            {
                error.WriteLine($"{previousFile}: not a digest snapshot; nothing was written.");
                return ExitCodes.InputError;
            }

            previous = read.Root;
        }

        var (packName, fromData) = PackChoice.For(file, template);
        var engine = PackChoice.Load(packName, fromData, error);
        if (engine is null)
        {
            return ExitCodes.InputError;
        }

        if (!engine.Pack!.Manifest.Components.Contains("digest", StringComparer.Ordinal))
        {
            error.WriteLine($"briefgen: the pack '{engine.Pack.Manifest.Name}' makes no digest (its template.yaml does not use the 'digest' component); use 'briefgen render' for its papers.");
            return ExitCodes.InputError;
        }

        var flags = new HashSet<string>(StringComparer.Ordinal);
        if (redline)
        {
            flags.Add(DigestExtension.RedlineFlag);
        }

        var result = engine.Render(DataSource.FromFile(file) with { Baseline = previous, Flags = flags }, formats);
        DiagnosticPrinter.Print(result.Diagnostics, error);
        if (!result.Succeeded)
        {
            error.WriteLine($"{file}: nothing was written; fix the errors above.");
            return ExitCodes.InputError;
        }

        var name = Path.GetFileNameWithoutExtension(file);
        var week = DigestSnapshot.FileName(name, result.Data!) ?? name + ".snapshot.json";
        // Written as one set with the papers: the snapshot's name follows the stem like an extension.
        var snapshot = new RenderedOutput("snapshot", week[name.Length..], DigestSnapshot.Of(result.Data!));
        var stem = Path.Combine(outDir, name);
        if (PaperWriter.Write(stem, [.. result.Outputs, snapshot]) is { } failure)
        {
            error.WriteLine($"{file}: not written; {failure}");
            return ExitCodes.InputError;
        }

        foreach (var written in result.Outputs.Append(snapshot))
        {
            output.WriteLine($"wrote {stem + written.Extension}");
        }

        return ExitCodes.Success;
    }
}
