namespace BriefingGen.Diagnostics;

/// <summary>How serious a diagnostic is: an error stops the run, a warning does not.</summary>
public enum Severity
{
    /// <summary>Something was changed or ignored to let the run go on; the user should know.</summary>
    Warning,

    /// <summary>The input is wrong; no output is written.</summary>
    Error,
}
