using BriefingGen.Model;

namespace BriefingGen.Components.Tests.Badge;

/// <summary>A component's own inline kind, made in a test assembly: a short label set off from the text.</summary>
/// <param name="Label">The label.</param>
public sealed record Badge(string Label) : Inline
{
    /// <inheritdoc />
    public override string PlainText => Label;
}
