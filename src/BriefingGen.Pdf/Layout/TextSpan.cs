namespace BriefingGen.Pdf.Layout;

/// <summary>Text in one style, optionally a link (an URL, or '#id' for a destination). A '\n' forces a line break.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Style">How they look.</param>
/// <param name="Link">Where they link to, or null.</param>
internal sealed record TextSpan(string Text, TextStyle Style, string? Link = null)
{
    /// <summary>
    /// False for text whose words must stay as written even in a hyphenated paragraph: code, which
    /// a reader may copy. Links are never hyphenated, whatever this says.
    /// </summary>
    public bool Hyphenate { get; init; } = true;
}
