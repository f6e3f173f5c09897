using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Markup;

/// <summary>
/// Gives every heading an id unique in the document, for bookmarks and internal links: the one the
/// template set with <c>{#id}</c>, else one made from the heading's text the way GitHub makes them
/// ("Risk register" → <c>risk-register</c>), with <c>-1</c>, <c>-2</c> added to repeats. Ids of the
/// form <c>note-1</c> belong to footnotes (the PDF's note destinations), so a heading "Note 1" gets
/// <c>note-1-1</c>. It also keeps the paper's links to its own ids, since a link may lead to a
/// heading further on: once every heading has its id, <see cref="Unresolved"/> names those that lead nowhere.
/// </summary>
internal sealed partial class HeadingIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<(string Id, SourceLocation At, string Path)> _links = [];

    /// <summary>Keeps <paramref name="ids"/> (exhibits') from every heading.</summary>
    public void Reserve(IEnumerable<string> ids) => _used.UnionWith(ids);

    /// <summary>A unique id for a heading with <paramref name="explicitId"/> (or null) and <paramref name="text"/>.</summary>
    public string Next(string? explicitId, string text)
    {
        var stem = string.IsNullOrEmpty(explicitId) ? Slug(text) : explicitId;
        if (stem.Length == 0)
        {
            stem = "section";
        }

        var id = stem;
        for (var n = 1; NoteId().IsMatch(id) || !_used.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    /// <summary>Notes a link to <paramref name="id"/>, written at <paramref name="at"/> in the field at <paramref name="path"/>.</summary>
    public void LinkTo(string id, SourceLocation at, string path) => _links.Add((id, at, path));

    /// <summary>The links noted so far to ids no heading or exhibit has, in the order written.</summary>
    public IEnumerable<(string Id, SourceLocation At, string Path)> Unresolved() => _links.Where(l => !_used.Contains(l.Id));

    /// <summary>Lower-case letters and digits of <paramref name="text"/>, spaces as hyphens, other punctuation dropped.</summary>
    internal static string Slug(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 64));
        foreach (var c in text.Trim())
        {
            if (sb.Length >= 64)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' or '_')
            {
                sb.Append(c == ' ' ? '-' : c);
            }
        }

        return sb.ToString().Trim('-');
    }

    [System.Text.RegularExpressions.GeneratedRegex("^note-[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex NoteId();
}
