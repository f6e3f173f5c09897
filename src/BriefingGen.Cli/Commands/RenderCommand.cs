using System.CommandLine;
using BriefingGen.Cli.Output;
using BriefingGen.Engine;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen render FILE… [--template T] [--format docx|pdf|md|all] [--out DIR]</c>: makes the
/// paper for each data file as <c>DIR/&lt;file name&gt;.&lt;ext&gt;</c>. Files are written only when
/// the whole paper succeeded, and atomically, so a failed run leaves nothing half-written; two
/// data files that would write the same output are refused before anything is rendered.
/// </summary>
internal static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("data") { Description = "Data files (.yaml, .yml or .json).", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(UnknownOptions.Reject);
        var template = new Option<string?>("--template", "-t") { Description = "Template pack name or folder (default: the data's 'template:' field, else policy-brief)." };
        var format = new Option<string>("--format", "-f") { Description = "docx, pdf, md (the composed Markdown, for template authors) or all.", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "md", "all");
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the output files (default: the current folder).", DefaultValueFactory = _ => "." };
        var command = new Command("render", "Render data files into briefing papers.") { files, template, format, outDir };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            string[] formats = chosen == "all" ? ["docx", "pdf"] : [chosen];
            var (papers, problem) = RenderPlan.For(parse.GetValue(files)!, parse.GetValue(outDir)!, formats.Select(f => "." + f).ToList());
            if (problem is not null)
            {
                error.WriteLine("briefgen: " + problem);
                return ExitCodes.UsageError;
            }

            // One bad file never stops the others; the run's exit code is the worst of them.
            var exit = ExitCodes.Success;
            var packs = new Dictionary<string, BriefingEngine?>(StringComparer.Ordinal);
            foreach (var (file, stem) in papers)
            {
                exit = Math.Max(exit, RenderOne(file, stem, parse.GetValue(template), packs, formats, output, error));
            }

            return exit;
        });
        return command;
    }

    private static int RenderOne(string file, string stem, string? template, Dictionary<string, BriefingEngine?> packs, string[] formats, TextWriter output, TextWriter error)
    {
        // A batch usually shares one pack: it is read and its templates parsed once.
        var (packName, fromData) = PackChoice.For(file, template);
        if (!packs.TryGetValue(packName, out var generator))
        {
            generator = PackChoice.Load(packName, fromData, error);
            packs[packName] = generator;
        }

        if (generator is null)
        {
            error.WriteLine($"{file}: not rendered; the template pack '{packName}' could not be loaded.");
            return ExitCodes.InputError;
        }

        var result = generator.Render(DataSource.FromFile(file), formats);
        DiagnosticPrinter.Print(result.Diagnostics, error);
        if (!result.Succeeded)
        {
            error.WriteLine($"{file}: not rendered; fix the errors above.");
            return ExitCodes.InputError;
        }

        if (PaperWriter.Write(stem, result.Outputs) is { } failure)
        {
            error.WriteLine($"{file}: not written; {failure}");
            return ExitCodes.InputError;
        }

        foreach (var rendered in result.Outputs)
        {
            output.WriteLine($"wrote {stem + rendered.Extension}");
        }

        return ExitCodes.Success;
    }
}
