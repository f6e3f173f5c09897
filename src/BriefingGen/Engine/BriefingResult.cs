using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Engine;

/// <summary>What one run gave: the document and files when it succeeded, and every diagnostic.</summary>
/// <param name="Document">The composed document, or null after an error.</param>
/// <param name="Outputs">One file per requested format; empty after an error.</param>
/// <param name="Diagnostics">Errors and warnings in the order found.</param>
public sealed record BriefingResult(Document? Document, IReadOnlyList<RenderedOutput> Outputs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The data the paper was made from, as read (null when it could not be read).</summary>
    public Data.DataNode? Data { get; init; }
}
