namespace BriefingGen.Model;

/// <summary>How the text a node shows was made from the data value it came from.</summary>
public enum ValueDisplayKind
{
    /// <summary>The value itself, as the paper sets text: white space folded, typographic punctuation.</summary>
    AsWritten,

    /// <summary>A field that holds Markdown by design, read into blocks and inlines of its own.</summary>
    Markdown,

    /// <summary>A pack label that stands for the value (<c>active</c> shown as "Active"); see <see cref="ValueDisplay.Choices"/>.</summary>
    Label,

    /// <summary>A date written YYYY-MM-DD, shown in the document's long form; see <see cref="ValueDisplay.DatePattern"/>.</summary>
    Date,

    /// <summary>Worked out from the value (a number in words, a shortened address): it cannot be read back into the value.</summary>
    Derived,
}
