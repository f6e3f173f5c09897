namespace BriefingGen.Server.Api;

/// <summary>What <c>/api/preview</c> answers: the pages as the PDF lays them out.</summary>
/// <param name="PageCount">How many pages the paper has.</param>
/// <param name="PageLabels">Each page's printed number, in order (sections may number i, ii… or restart).</param>
/// <param name="Svg">One SVG document: every page, one below the other, each a nested <c>&lt;svg class="page"&gt;</c>.</param>
/// <param name="Diagnostics">Warnings met while making the paper.</param>
internal sealed record PreviewResponse(int PageCount, IReadOnlyList<string> PageLabels, string Svg, IReadOnlyList<DiagnosticItem> Diagnostics);
