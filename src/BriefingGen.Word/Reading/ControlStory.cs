namespace BriefingGen.Word.Reading;

/// <summary>The part of a paper a content control stands in; each has its own order of unbound controls.</summary>
internal enum ControlStory
{
    /// <summary>The body.</summary>
    Body,

    /// <summary>A header or a footer.</summary>
    Furniture,

    /// <summary>A footnote.</summary>
    Notes,
}
