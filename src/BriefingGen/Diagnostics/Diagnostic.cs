namespace BriefingGen.Diagnostics;

/// <summary>
/// One message about the user's input: where it is, which piece of data it concerns, and what was
/// expected. User mistakes come back as diagnostics, never as exceptions.
/// </summary>
/// <param name="Severity">Whether the run can go on.</param>
/// <param name="Location">The file, line and column the message is about.</param>
/// <param name="DataPath">A path into the data such as <c>risks[2].likelihood</c>, or empty.</param>
/// <param name="Message">What is wrong and what was expected, in one sentence.</param>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string DataPath, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(SourceLocation location, string dataPath, string message) =>
        new(Severity.Error, location, dataPath, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(SourceLocation location, string dataPath, string message) =>
        new(Severity.Warning, location, dataPath, message);

    /// <summary>
    /// Formats as <c>file:line:col: path: message</c> (errors) or with <c>warning:</c> before the
    /// message, the form compilers use so editors can jump to it. Always one line: a message quotes
    /// the data, and a line break or terminal escape in a value would otherwise print a forged
    /// diagnostic or rewrite the screen, so control characters are shown escaped (\n, \x1b).
    /// </summary>
    public override string ToString()
    {
        var path = DataPath.Length > 0 ? PrintablePath.Of(DataPath) + ": " : "";
        var kind = Severity == Severity.Warning ? "warning: " : "";
        return $"{Location}: {kind}{path}{PrintablePath.Of(Message)}";
    }
}
