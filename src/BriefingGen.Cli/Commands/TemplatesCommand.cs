using System.CommandLine;
using BriefingGen.Diagnostics;
using BriefingGen.Packs;

namespace BriefingGen.Cli.Commands;

/// <summary><c>briefgen templates</c>: lists the packs briefgen can find, with what each makes.</summary>
internal static class TemplatesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var command = new Command("templates", "List the template packs briefgen finds, and where.");
        command.SetAction(_ =>
        {
            var any = false;
            foreach (var folder in PackLocator.All())
            {
                var diagnostics = new DiagnosticBag();
                var pack = TemplatePack.Load(folder, PackChoice.Options.Extensions, diagnostics);
                var description = pack?.Description ?? "(broken: " + diagnostics.Items.FirstOrDefault()?.Message + ")";
                output.WriteLine($"{pack?.Name ?? Path.GetFileName(folder),-20} {description}");
                output.WriteLine($"{"",-20} {folder}");
                any = true;
            }

            if (!any)
            {
                output.WriteLine("No template packs found. Looked in: " + string.Join(", ", PackLocator.SearchRoots()));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
