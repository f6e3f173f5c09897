namespace BriefingGen.Word.Binding;

/// <summary>
/// One field of the paper's part: a data value in one of its forms, the controls that show it,
/// and what it held when the paper was made, so a later reading can tell an edit from the
/// typesetting the paper applied.
/// </summary>
internal sealed class BoundField
{
    /// <summary>Creates a field.</summary>
    /// <param name="position">Its 1-based place among the fields, which its controls' XPath names.</param>
    /// <param name="path">The data path of its value.</param>
    /// <param name="label">Its name for people, the controls' title.</param>
    /// <param name="form">How it is shown.</param>
    /// <param name="value">The text its element holds: what the controls show, or for a choice or date the value itself.</param>
    public BoundField(int position, string path, string label, FieldForm form, string value)
    {
        Position = position;
        Path = path;
        Label = label;
        Form = form;
        Value = value;
    }

    /// <summary>Its 1-based place among the fields.</summary>
    public int Position { get; }

    /// <summary>The data path of its value.</summary>
    public string Path { get; }

    /// <summary>Its name for people.</summary>
    public string Label { get; }

    /// <summary>How it is shown.</summary>
    public FieldForm Form { get; }

    /// <summary>The element's text when the paper was made; for a Markdown field, its controls' content as Markdown.</summary>
    public string Value { get; set; }

    /// <summary>For a date: the .NET pattern it is shown with, to read an edited date back.</summary>
    public string? DatePattern { get; init; }

    /// <summary>For a date: the culture it is shown in.</summary>
    public string? Culture { get; init; }
}
