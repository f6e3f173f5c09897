using System.CommandLine;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen render FILE… [--template T] [--brand DIR] [--format docx|pdf|html|html-email|text|eml|md|all]
/// [--out DIR] [--pdf-standard S] [--jobs N] [--shard K/N] [--json] [--quiet] [--from A --to B,C [--smtp HOST:PORT
/// [--smtp-credentials-file F]]]</c>: makes the paper for each data file as
/// <c>DIR/&lt;file name&gt;.&lt;ext&gt;</c>. Files are written only when the whole paper succeeded,
/// and atomically, so a failed run leaves nothing half-written; two data files that would write the
/// same output are refused before anything is rendered.
/// </summary>
internal static class RenderCommand
{
    /// <summary>Builds the command; <paramref name="errorIsTerminal"/> allows a progress bar on standard error.</summary>
    public static Command Create(TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        var files = new Argument<string[]>("data") { Description = "Data files (.yaml, .yml or .json).", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(UnknownOptions.Reject);
        var template = new Option<string?>("--template", "-t") { Description = "Template pack name or folder (default: the data's 'template:' field, else policy-brief)." };
        var format = new Option<string>("--format", "-f") { Description = "docx, pdf, html (a web page), html-email (the e-mail's HTML), text (its plain-text alternative), eml (the e-mail with the PDF attached), md (the composed Markdown, for template authors) or all (docx and pdf).", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "md", "html", "html-email", "text", "eml", "all");
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the output files (default: the current folder).", DefaultValueFactory = _ => "." };
        var standard = PdfStandardOption.Create();
        var brand = BrandOption.Create();
        var batch = new BatchOptions();
        var mail = new MailOptions();
        var command = new Command("render", "Render data files into briefing papers.") { files, template, brand, format, outDir, standard };
        foreach (var option in batch.All.Concat(mail.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            string[] formats = chosen == "all" ? ["docx", "pdf"] : [chosen];
            var (papers, problem) = RenderPlan.For(parse.GetValue(files)!, parse.GetValue(outDir)!, formats.Select(Extension).ToList());
            var (envelope, deliver, mailProblem) = mail.Read(parse, formats, Environment.GetEnvironmentVariable);
            if ((problem ?? mailProblem) is { } usage)
            {
                error.WriteLine("briefgen: " + usage);
                return ExitCodes.UsageError;
            }

            return batch.Run(parse, papers, new BatchRenderer(parse.GetValue(template), formats, BrandOption.Apply(parse, brand, PackChoice.For(envelope, PdfStandardOption.Read(parse, standard))), deliver), output, error, errorIsTerminal);
        });
        return command;
    }

    /// <summary>The file extension <paramref name="format"/> writes, as its renderer gives it.</summary>
    internal static string Extension(string format) =>
        PackChoice.Options.Renderers.FirstOrDefault(r => r.Format == format)?.Extension ?? "." + format;
}
