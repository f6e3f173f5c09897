namespace BriefingGen.Word.Binding;

/// <summary>The formatting of a run that Markdown can say.</summary>
[Flags]
internal enum RunStyleFlags
{
    /// <summary>Plain text.</summary>
    None = 0,

    /// <summary>Bold: <c>**text**</c>.</summary>
    Bold = 1,

    /// <summary>Italic: <c>*text*</c>.</summary>
    Italic = 2,

    /// <summary>Code: <c>`text`</c>.</summary>
    Code = 4,
}
