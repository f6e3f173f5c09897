using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Word;

/// <summary>
/// Word bookmark names for headings and anchored paragraphs (exhibits' captions). Word allows letters, digits and underscores, at most 40
/// characters, starting with a letter; a leading underscore would hide the bookmark, so names start
/// with "h_". Names are worked out before rendering so links can point forward.
/// </summary>
internal static class BookmarkNames
{
    private const int MaxLength = 40;

    /// <summary>A unique bookmark name per heading id and paragraph anchor, in document order.</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<Block> blocks)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in ModelWalker.All(blocks).Select(ModelWalker.AnchorOf).OfType<string>())
        {
            var stem = Clean(target);
            var name = stem;
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = "_" + n;
                name = stem[..Math.Min(stem.Length, MaxLength - suffix.Length)] + suffix;
            }

            names.TryAdd(target, name);
        }

        return names;
    }

    private static string Clean(string id)
    {
        var sb = new StringBuilder("h_");
        foreach (var c in id)
        {
            if (sb.Length >= MaxLength)
            {
                break;
            }

            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return sb.ToString();
    }
}
