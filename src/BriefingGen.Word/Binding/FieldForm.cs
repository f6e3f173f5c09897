namespace BriefingGen.Word.Binding;

/// <summary>The kind of content control a field is shown in, which decides how its edits are read back.</summary>
internal enum FieldForm
{
    /// <summary>A plain-text control bound to the field: the text is the value.</summary>
    Text,

    /// <summary>A drop-down list bound to the field: each item shows a label and stores a value.</summary>
    Choice,

    /// <summary>A date picker bound to the field, which stores the date as YYYY-MM-DD.</summary>
    Date,

    /// <summary>A rich-text control, not bound: its content is read back as Markdown.</summary>
    Markdown,
}
