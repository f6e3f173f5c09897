namespace BriefingGen.Html;

/// <summary>An e-mail's HTML and the pictures it refers to by content id.</summary>
/// <param name="Html">The HTML part.</param>
/// <param name="Images">The related pictures, in order of first use.</param>
public sealed record EmailBody(string Html, IReadOnlyList<EmailImage> Images);
