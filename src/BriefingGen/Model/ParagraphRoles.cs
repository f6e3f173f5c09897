namespace BriefingGen.Model;

/// <summary>
/// The paragraph roles the default theme knows. A template may name others; renderers fall back
/// to <see cref="Body"/> for a role their theme does not define.
/// </summary>
public static class ParagraphRoles
{
    /// <summary>Running text.</summary>
    public const string Body = "body";

    /// <summary>The document's title on the first page.</summary>
    public const string Title = "title";

    /// <summary>The line under the title.</summary>
    public const string Subtitle = "subtitle";

    /// <summary>Small title-block lines: reference, date, author, audience.</summary>
    public const string Meta = "meta";

    /// <summary>An opening paragraph set a little larger than body text.</summary>
    public const string Lead = "lead";

    /// <summary>Small print under a table or figure.</summary>
    public const string Note = "note";

    /// <summary>A paragraph of strong text only that labels what follows it ("Commitments" over a list).</summary>
    public const string Label = "label";

    /// <summary>An exhibit's numbered caption, anchored for cross-references and the list of exhibits.</summary>
    public const string ExhibitTitle = "exhibit-title";

    /// <summary>
    /// True when <paramref name="content"/> is strong text and nothing else (spaces aside): a label
    /// for what follows rather than a sentence that starts in bold.
    /// </summary>
    public static bool IsLabel(IReadOnlyList<Inline> content) =>
        content.Any(i => i is Strong) && content.All(i => i is Strong || i is Text { Value: var text } && string.IsNullOrWhiteSpace(text));
}
