namespace BriefingGen.Model;

/// <summary>Plain text, shown exactly as it is.</summary>
/// <param name="Value">The characters.</param>
public sealed record Text(string Value) : Inline
{
    /// <summary>
    /// The language of this text when it differs from its section's, as a culture name such as
    /// <c>ru-RU</c>: a name in another script ("Мурманск" in an English brief) that spell checkers,
    /// hyphenation and screen readers must treat as that language. Null for the section's own.
    /// </summary>
    public string? Language { get; init; }

    /// <inheritdoc />
    public override string PlainText => Value;
}
