namespace BriefingGen.Pdf.Layout.Wrappers;

/// <summary>
/// Keeps its child on the same page as what follows it (a heading with its first paragraph): the
/// column that holds it moves it to the next page when what follows would not start on this one.
/// </summary>
/// <param name="child">The element kept.</param>
internal sealed class KeepWithNextElement(Element child) : WrapperElement(child);
