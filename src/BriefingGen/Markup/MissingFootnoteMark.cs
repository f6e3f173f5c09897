using Markdig.Syntax.Inlines;

namespace BriefingGen.Markup;

/// <summary>A footnote mark whose note is defined nowhere the mark can see.</summary>
/// <param name="label">The label without its caret, for the message.</param>
/// <param name="written">The mark as written, printed in its place.</param>
internal sealed class MissingFootnoteMark(string label, string written) : LeafInline
{
    /// <summary>The label without its caret.</summary>
    public string Label { get; } = label;

    /// <summary>The mark as written (<c>[^x]</c>), which the paper prints as text.</summary>
    public string Written { get; } = written;
}
