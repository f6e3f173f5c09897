using BriefingGen.Diagnostics;

namespace BriefingGen.Styling;

/// <summary>
/// Something besides the theme that says how a pack's papers look — a <c>reference.docx</c> with
/// house styles — read once when the pack is loaded. The backend that understands the file
/// implements it; the engine applies it to the stylesheet, so every backend then shows the same looks.
/// </summary>
public interface IStyleSheetSource
{
    /// <summary>
    /// <paramref name="sheet"/> with the looks the pack's file (at <paramref name="referencePath"/>)
    /// gives; problems with the file go to <paramref name="diagnostics"/>.
    /// </summary>
    StyleSheet Apply(StyleSheet sheet, string referencePath, DiagnosticBag diagnostics);
}
