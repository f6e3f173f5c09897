namespace BriefingGen.Diagnostics;

/// <summary>Collects diagnostics as a stage works, so one run can report every mistake at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Everything reported so far, in the order it was found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Reports an error.</summary>
    public void Error(SourceLocation location, string dataPath, string message) =>
        _items.Add(Diagnostic.Error(location, dataPath, message));

    /// <summary>Reports a warning.</summary>
    public void Warning(SourceLocation location, string dataPath, string message) =>
        _items.Add(Diagnostic.Warning(location, dataPath, message));
}
