namespace BriefingGen.Model;

/// <summary>
/// How a node's text stands for its data value, so an editable output can offer the right way to
/// change it and read the change back: a value as written becomes a text box, a label a choice
/// among the labels of every allowed value, a date a date picker, and a worked-out text nothing
/// editable at all.
/// </summary>
/// <param name="Kind">What the text is.</param>
public sealed record ValueDisplay(ValueDisplayKind Kind)
{
    /// <summary>The value shown as it is written.</summary>
    public static ValueDisplay AsWritten { get; } = new(ValueDisplayKind.AsWritten);

    /// <summary>A Markdown field.</summary>
    public static ValueDisplay Markdown { get; } = new(ValueDisplayKind.Markdown);

    /// <summary>Text worked out from the value.</summary>
    public static ValueDisplay Derived { get; } = new(ValueDisplayKind.Derived);

    /// <summary>For <see cref="ValueDisplayKind.Label"/>: every value the field allows with its label, in the schema's order.</summary>
    public IReadOnlyList<ValueLabel> Choices { get; init; } = [];

    /// <summary>For <see cref="ValueDisplayKind.Date"/>: the .NET custom date pattern the date was written with, e.g. <c>d MMMM yyyy</c>.</summary>
    public string? DatePattern { get; init; }

    /// <summary>A label standing for the value, chosen among <paramref name="choices"/>.</summary>
    public static ValueDisplay Label(IReadOnlyList<ValueLabel> choices) => new(ValueDisplayKind.Label) { Choices = choices };

    /// <summary>A date shown with <paramref name="pattern"/>.</summary>
    public static ValueDisplay Date(string pattern) => new(ValueDisplayKind.Date) { DatePattern = pattern };
}
