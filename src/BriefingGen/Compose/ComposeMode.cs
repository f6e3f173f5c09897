namespace BriefingGen.Compose;

/// <summary>What a template's output is read as.</summary>
internal enum ComposeMode
{
    /// <summary>Markdown for the paper's body: values become slots, computed numbers plain text.</summary>
    Markdown,

    /// <summary>One line of furniture (a header or footer): values become slots, nothing is Markdown.</summary>
    Line,

    /// <summary>Plain text, as document properties are: values are written as their text.</summary>
    Plain,
}
