using System.CommandLine;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Commands;

/// <summary><c>--pdf-standard ua1|a2b|a2a|a2a+ua1|none</c>: the standard the PDFs meet, over the pack's <c>pdf_standard</c>.</summary>
internal static class PdfStandardOption
{
    /// <summary>A new option for a command that writes PDFs.</summary>
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--pdf-standard")
        {
            Description = "The standard the PDF meets: ua1 (PDF/UA-1, accessible), a2b or a2a (PDF/A-2, archival), a2a+ua1 (both) or none (default: the pack's pdf_standard).",
        };
        option.AcceptOnlyFromAmong([.. PdfStandards.Names]);
        return option;
    }

    /// <summary>The standard asked for, or null to leave it to the pack.</summary>
    public static PdfStandard? Read(ParseResult parse, Option<string?> option) => PdfStandards.Parse(parse.GetValue(option));
}
