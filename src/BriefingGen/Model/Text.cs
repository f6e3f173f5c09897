namespace BriefingGen.Model;

/// <summary>Plain text, shown exactly as it is.</summary>
/// <param name="Value">The characters.</param>
public sealed record Text(string Value) : Inline
{
    /// <inheritdoc />
    public override string PlainText => Value;
}
