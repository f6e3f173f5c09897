using BriefingGen.Diagnostics;

namespace BriefingGen.Word.Accessibility;

/// <summary>One thing Word's accessibility checker would flag in a .docx.</summary>
/// <param name="Severity">An error keeps a reader of assistive technology out; a warning makes the paper harder to use.</param>
/// <param name="Rule">The rule's short name, e.g. <c>missing-alt-text</c>.</param>
/// <param name="Where">Where in the document, in words a reader finds it by: "table 2 (Risk register), under “Risks”".</param>
/// <param name="Message">What is wrong and what would fix it.</param>
public sealed record AccessibilityFinding(Severity Severity, string Rule, string Where, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Severity == Severity.Error ? "error" : "warning")}: {Rule}: {Where}: {Message}";
}
