using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// The structure elements PDF/UA-1 checks by machine: standard or role-mapped types (Matterhorn
/// 02-001; ISO 19005-2 §6.7.3.3 at level A), tables, lists and TOCs nested as ISO 32000-1 Table 333
/// says (09-004, 09-005, 09-006), figures with alternate text (13-004), headings that start at H1
/// and skip no level (14-002, 14-003), header cells with a Scope (15-003), notes with unique IDs
/// (19-003, 19-004).
/// </summary>
internal sealed class StructureRule : IConformanceRule
{
    /// <summary>The standard structure types of ISO 32000-1 §14.8.4.</summary>
    private static readonly HashSet<string> Standard =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    ];

    /// <summary>For each type that must sit in a certain parent, the parents allowed (ISO 32000-1 Table 333 and §14.8.4.3).</summary>
    private static readonly Dictionary<string, (string Checkpoint, string[] Parents)> Parents = new(StringComparer.Ordinal)
    {
        ["TR"] = ("09-004", ["Table", "THead", "TBody", "TFoot"]),
        ["TH"] = ("09-004", ["TR"]),
        ["TD"] = ("09-004", ["TR"]),
        ["THead"] = ("09-004", ["Table"]),
        ["TBody"] = ("09-004", ["Table"]),
        ["TFoot"] = ("09-004", ["Table"]),
        ["LI"] = ("09-005", ["L"]),
        ["Lbl"] = ("09-005", ["LI", "BibEntry", "TOCI", "Note"]),
        ["LBody"] = ("09-005", ["LI"]),
        ["TOCI"] = ("09-006", ["TOC"]),
    };

    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        var failures = new List<ConformanceFailure>();
        var roleMap = file.Dictionary(file.Dictionary(file.Catalog, "StructTreeRoot"), "RoleMap");
        string Mapped(string role)
        {
            for (var i = 0; i < 8 && !Standard.Contains(role) && file.Name(roleMap, role) is { } to; i++)
            {
                role = to;
            }

            return role;
        }

        foreach (var element in file.Elements.Where(e => !Standard.Contains(Mapped(e.Role))))
        {
            if (target.PdfUa1)
            {
                failures.Add(new("Matterhorn 02-001", $"the structure type {element.Role} is neither standard nor mapped to one"));
            }

            if (target.LevelA)
            {
                failures.Add(new("ISO 19005-2 6.7.3.3", $"the structure type {element.Role} is neither standard nor mapped to one"));
            }
        }

        if (!target.PdfUa1)
        {
            return failures;
        }

        foreach (var element in file.Elements)
        {
            var role = Mapped(element.Role);
            var parent = element.Parent is { } p ? Mapped(p.Role) : null;
            if (Parents.TryGetValue(role, out var rule) && (parent is null || !rule.Parents.Contains(parent)))
            {
                failures.Add(new($"Matterhorn {rule.Checkpoint}", $"a {role} element sits in {parent ?? "the tree's root"}, not in {string.Join(" or ", rule.Parents)}"));
            }

            if (role == "Figure" && string.IsNullOrWhiteSpace(file.Text(element.Dictionary, "Alt")) && string.IsNullOrWhiteSpace(file.Text(element.Dictionary, "ActualText")))
            {
                failures.Add(new("Matterhorn 13-004", "a Figure element has no alternate text (Alt)"));
            }

            if (role == "TH" && !HasScope(file, element.Dictionary))
            {
                failures.Add(new("Matterhorn 15-003", "a TH element has no Scope attribute"));
            }

            if (role == "Note" && string.IsNullOrEmpty(file.Text(element.Dictionary, "ID")))
            {
                failures.Add(new("Matterhorn 19-003", "a Note element has no ID"));
            }
        }

        foreach (var duplicate in file.Elements.Where(e => Mapped(e.Role) == "Note").Select(e => file.Text(e.Dictionary, "ID")).OfType<string>()
            .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add(new("Matterhorn 19-004", $"the Note ID \"{duplicate.Key}\" is used {duplicate.Count()} times"));
        }

        var levels = file.Elements.Select(e => Mapped(e.Role)).Where(r => r.Length == 2 && r[0] == 'H' && r[1] is >= '1' and <= '6').Select(r => r[1] - '0').ToList();
        if (levels.Count > 0 && levels[0] != 1)
        {
            failures.Add(new("Matterhorn 14-002", $"the first numbered heading is H{levels[0]}, not H1"));
        }

        for (var i = 1; i < levels.Count; i++)
        {
            if (levels[i] > levels[i - 1] + 1)
            {
                failures.Add(new("Matterhorn 14-003", $"heading H{levels[i]} follows H{levels[i - 1]}, skipping a level"));
            }
        }

        return failures;
    }

    /// <summary>True when the element's attributes (a dictionary or an array of them) give a Table Scope.</summary>
    private static bool HasScope(CheckedFile file, DictionaryToken element) =>
        file.Array(element, "A").Select(file.Resolve).OfType<DictionaryToken>().Any(a => file.Name(a, "Scope") is not null);
}
