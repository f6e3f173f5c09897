using System.CommandLine;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// <c>briefgen validate FILE… [--template T] [--brand DIR] [--pdf-standard S]</c>: checks data against
/// its pack's schema, composes the paper and asks each writer what it would refuse, writing nothing.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("data") { Description = "Data files (.yaml, .yml or .json).", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(UnknownOptions.Reject);
        var template = new Option<string?>("--template", "-t") { Description = "Template pack name or folder (default: the data's 'template:' field, else policy-brief)." };
        var brand = BrandOption.Create();
        var standard = PdfStandardOption.Create();
        var accessibility = new Option<bool>("--accessibility") { Description = "Also make the Word file in memory and list what Word's accessibility checker would flag in it." };
        var command = new Command("validate", "Check data files against their template pack's schema without writing anything.") { files, template, brand, standard, accessibility };
        command.SetAction(parse =>
        {
            var exit = ExitCodes.Success;
            foreach (var file in parse.GetValue(files)!)
            {
                var options = PdfStandardOption.Read(parse, standard) is { } chosen ? PackChoice.For(Html.Mail.MailEnvelope.None, chosen) : null;
                var generator = PackChoice.Load(PackChoice.For(file, parse.GetValue(template)), error, BrandOption.Apply(parse, brand, options));
                if (generator is null)
                {
                    exit = ExitCodes.InputError;
                    continue;
                }

                var diagnostics = generator.Validate(DataSource.FromFile(file));
                DiagnosticPrinter.Print(diagnostics, error);
                if (diagnostics.Any(d => d.Severity == Severity.Error))
                {
                    exit = ExitCodes.InputError;
                }
                else
                {
                    output.WriteLine($"{Diagnostics.PrintablePath.Of(file)}: valid ({generator.Pack!.Name})");
                    if (parse.GetValue(accessibility) && !AccessibilityReport.Print(generator, file, output, error))
                    {
                        exit = ExitCodes.InputError;
                    }
                }
            }

            return exit;
        });
        return command;
    }
}
