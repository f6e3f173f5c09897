using System.Text;

namespace BriefingGen.Html.Css;

/// <summary>
/// The page's one style sheet, holding a rule for each look the page uses, so the same document
/// gives the same sheet. An element wearing several looks lists its base look first and then the
/// looks that change it (a colour, an alignment, a shade); since CSS lets the later of two equally
/// specific rules win, a look's rule is written after every look it has followed on any element,
/// and otherwise in the order first used. Class names come from role, kind and shade names; a name
/// a theme or template chose is reduced to letters, digits and hyphens, and kept apart from any
/// other that reduces to the same.
/// </summary>
internal sealed class CssRules
{
    private readonly Dictionary<string, ClassRule> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly List<(string Selector, CssDeclarations Css)> _fixed = [];
    private readonly List<ClassRule> _rules = [];

    /// <summary>
    /// The class for <paramref name="key"/>, adding its rule (made by <paramref name="css"/>) the
    /// first time; <paramref name="position"/> is the look's place among an element's looks.
    /// </summary>
    public string ClassFor(string key, Func<CssDeclarations> css, int position = 0)
    {
        if (_classes.TryGetValue(key, out var known))
        {
            known.Layer = Math.Max(known.Layer, position);
            return known.Name;
        }

        var rule = new ClassRule(Unique(Clean(key)), css()) { Layer = position };
        _classes.Add(key, rule);
        _rules.Add(rule);
        return rule.Name;
    }

    /// <summary>Adds a rule for a fixed selector of the renderer's own; these come before every class.</summary>
    public void Add(string selector, CssDeclarations css) => _fixed.Add((selector, css));

    /// <summary>The rules as a style sheet, one per line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (selector, css) in _fixed)
        {
            text.Append(selector).Append('{').Append(css).Append("}\n");
        }

        foreach (var rule in _rules.OrderBy(r => r.Layer))
        {
            text.Append('.').Append(rule.Name).Append('{').Append(rule.Css).Append("}\n");
        }

        return text.ToString();
    }

    /// <summary>One class's rule and the latest place it took among an element's looks.</summary>
    private sealed class ClassRule(string name, CssDeclarations css)
    {
        public string Name { get; } = name;

        public CssDeclarations Css { get; } = css;

        public int Layer { get; set; }
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
