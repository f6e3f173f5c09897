namespace BriefingGen.Model;

/// <summary>Code or an identifier, set in a monospaced font.</summary>
/// <param name="Value">The characters.</param>
public sealed record Code(string Value) : Inline
{
    /// <inheritdoc />
    public override string PlainText => Value;
}
