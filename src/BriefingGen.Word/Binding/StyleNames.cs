using BriefingGen.Styling;
using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Binding;

/// <summary>
/// Which of our styles a document's style ids stand for. An editor may give a style another id as
/// it saves the file (LibreOffice writes our character style <c>CodeChar</c> back as <c>Code</c>)
/// but keeps its name, so a style is known by its name; an id the document does not name, or names
/// as none of ours, is taken as it is.
/// </summary>
internal sealed class StyleNames
{
    /// <summary>Our styles that Markdown reading tells apart, by their names (Word compares style names without case).</summary>
    private static readonly Dictionary<string, string> OursByName = Roles().ToDictionary(s => s.Name, s => s.Id, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _ours;

    private StyleNames(Dictionary<string, string> ours) => _ours = ours;

    /// <summary>For a document we are writing: every id is our own.</summary>
    public static StyleNames Ours { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>For a document whose style definitions are <paramref name="styles"/>.</summary>
    public static StyleNames Of(Styles? styles)
    {
        var ours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name && OursByName.TryGetValue(name, out var our))
            {
                ours.TryAdd(id, our);
            }
        }

        return new StyleNames(ours);
    }

    /// <summary>Our id for the document's style <paramref name="id"/>; "" for none.</summary>
    public string Our(string? id) => id is null ? "" : _ours.GetValueOrDefault(id, id);

    private static IEnumerable<WordStyle> Roles() =>
        new[] { StyleRoles.InlineCode, StyleRoles.Shaded, StyleRoles.Link, StyleRoles.Code, StyleRoles.ListBullet, StyleRoles.ListNumber, StyleRoles.ListContinue, StyleRoles.Quote }
            .Concat(Enumerable.Range(1, 6).Select(level => "heading-" + level))
            .Select(StyleMap.For);
}
