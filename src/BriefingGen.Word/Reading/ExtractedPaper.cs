using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Word.Reading;

/// <summary>What reading a paper's data back gave.</summary>
/// <param name="Diagnostics">Errors and warnings; after an error there is no data.</param>
public sealed record ExtractedPaper(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The data as the paper was made from it, or null when it could not be read.</summary>
    public DataNode? Embedded { get; init; }

    /// <summary>The data with the edits made in the paper's controls, or null after an error.</summary>
    public DataNode? Data { get; init; }

    /// <summary>The name of the pack that made the paper.</summary>
    public string Pack { get; init; } = "";

    /// <summary>The pack's version when the paper was made.</summary>
    public string Version { get; init; } = "";

    /// <summary>For each edited value's data path, the title of the control it was edited in.</summary>
    public IReadOnlyDictionary<string, string> EditedIn { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>True when the data could be read.</summary>
    public bool Succeeded => Data is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// A problem found in the read-back data, told where the user can fix it: at the content control
    /// a value was edited in (the data file has no line for it), or as it is when the value was not edited.
    /// </summary>
    /// <param name="diagnostic">A diagnostic about <see cref="Data"/>, from checking it against the pack's schema.</param>
    /// <param name="paper">The paper's name in messages.</param>
    public Diagnostic AtControl(Diagnostic diagnostic, string paper) =>
        EditedIn.TryGetValue(diagnostic.DataPath, out var label)
            ? diagnostic with { Location = SourceLocation.OfFile(paper), Message = $"content control '{label}': {diagnostic.Message}" }
            : diagnostic;
}
