using System.CommandLine;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen digest DIGEST… [--previous SNAPSHOT|FOLDER [--redline]] [--out DIR] [--format …]
/// [--template T] [--brand DIR] [--pdf-standard S] [--jobs N] [--shard K/N] [--json] [--quiet]</c>: makes each digest in every
/// format and writes, beside it, the snapshot of its data
/// (<c>&lt;name&gt;-&lt;year&gt;-W&lt;week&gt;.snapshot.json</c>) that next week's run compares
/// against. Given last week's snapshot — or a folder of earlier runs' snapshots, from which each
/// digest takes its own newest earlier one — a digest opens with what changed and marks each
/// change. Each digest's files are written together, or none; one failing digest never stops the others.
/// </summary>
internal static class DigestCommand
{
    /// <summary>Builds the command; <paramref name="errorIsTerminal"/> allows a progress bar on standard error.</summary>
    public static Command Create(TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        var files = new Argument<string[]>("digest") { Description = "Digest data files (.yaml or .json) for a digest pack such as weekly-digest.", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(UnknownOptions.Reject);
        var previous = new Option<string?>("--previous", "-p") { Description = "Last week's snapshot (.snapshot.json), or a folder of earlier snapshots in which each digest finds its own newest earlier one." };
        var template = new Option<string?>("--template", "-t") { Description = "Template pack name or folder (default: the data's 'template:' field)." };
        var format = new Option<string>("--format", "-f") { Description = "docx, pdf, html, html-email, text, eml, md or all (docx, pdf, html and eml: the digest to print, edit, publish and send).", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "html", "html-email", "text", "eml", "md", "all");
        var redline = new Option<bool>("--redline") { Description = "Show how each brief's summary changed since the snapshot as tracked changes (Word) and underline, strike-through and change bars (PDF)." };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the digests and their snapshots (default: the current folder).", DefaultValueFactory = _ => "." };
        var standard = PdfStandardOption.Create();
        var brand = BrandOption.Create();
        var batch = new BatchOptions();
        var command = new Command("digest", "Make digests, marking what changed since last week's snapshot, and write this week's snapshots.") { files, previous, redline, template, brand, format, outDir, standard };
        foreach (var option in batch.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            string[] formats = chosen == "all" ? ["docx", "pdf", "html", "eml"] : [chosen];
            var inputs = parse.GetValue(files)!;
            var since = parse.GetValue(previous);
            if (Usage(inputs, since, parse.GetValue(redline)) is { } usage)
            {
                error.WriteLine("briefgen: " + usage);
                return ExitCodes.UsageError;
            }

            var (papers, problem) = RenderPlan.For(inputs, parse.GetValue(outDir)!, formats.Select(RenderCommand.Extension).ToList());
            if (problem is not null)
            {
                error.WriteLine("briefgen: " + problem);
                return ExitCodes.UsageError;
            }

            var options = PdfStandardOption.Read(parse, standard) is { } chosenStandard ? PackChoice.For(Html.Mail.MailEnvelope.None, chosenStandard) : null;
            options = BrandOption.Apply(parse, brand, options);
            var renderer = new BatchRenderer(parse.GetValue(template), formats, options, job: DigestJob.For(since, parse.GetValue(redline)));
            return batch.Run(parse, papers, renderer, output, error, errorIsTerminal);
        });
        return command;
    }

    private static string? Usage(IReadOnlyList<string> inputs, string? previous, bool redline)
    {
        if (redline && previous is null)
        {
            return "--redline shows changes since a snapshot; give the snapshot with --previous.";
        }

        if (previous is not null && !Directory.Exists(previous) && !File.Exists(previous))
        {
            return $"{previous}: no such snapshot or folder";
        }

        return previous is not null && File.Exists(previous) && inputs.Count > 1
            ? "--previous names one snapshot, which belongs to one digest; for several digests, give the folder that holds their snapshots."
            : null;
    }
}
