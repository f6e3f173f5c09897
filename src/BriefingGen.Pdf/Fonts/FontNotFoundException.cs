namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// No usable font exists for a role: the message lists the families tried and how to install one.
/// The renderer turns it into a clear error rather than a PDF with invisible text.
/// </summary>
internal sealed class FontNotFoundException(string message) : Exception(message);
