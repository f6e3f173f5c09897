namespace BriefingGen.Components.Tests.Support;

/// <summary>A word on a PDF page: its text and where it lies, in points from the top left.</summary>
internal sealed record PdfWord(int Page, string Text, double XMin, double YMin, double XMax);
