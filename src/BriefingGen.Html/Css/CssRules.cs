using System.Text;

namespace BriefingGen.Html.Css;

/// <summary>
/// The page's one style sheet, holding a rule for each look the page uses, in the order first used,
/// so the same document gives the same sheet. Class names come from role, kind and shade names; a
/// name a theme or template chose is reduced to letters, digits and hyphens, and kept apart from
/// any other that reduces to the same.
/// </summary>
internal sealed class CssRules
{
    private readonly Dictionary<string, string> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly List<(string Selector, CssDeclarations Css)> _rules = [];

    /// <summary>The class for <paramref name="key"/>, adding its rule (made by <paramref name="css"/>) the first time.</summary>
    public string ClassFor(string key, Func<CssDeclarations> css)
    {
        if (_classes.TryGetValue(key, out var name))
        {
            return name;
        }

        name = Unique(Clean(key));
        _classes.Add(key, name);
        _rules.Add(("." + name, css()));
        return name;
    }

    /// <summary>Adds a rule for a fixed selector of the renderer's own.</summary>
    public void Add(string selector, CssDeclarations css) => _rules.Add((selector, css));

    /// <summary>The rules as a style sheet, one per line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (selector, css) in _rules)
        {
            text.Append(selector).Append('{').Append(css).Append("}\n");
        }

        return text.ToString();
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = name + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static string Clean(string key)
    {
        var text = new StringBuilder();
        foreach (var ch in key.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                text.Append(ch);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var name = text.ToString().Trim('-');
        return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "x-" + name : name;
    }
}
