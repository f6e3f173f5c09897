using System.Globalization;
using System.Text;
using BriefingGen.Caching;
using BriefingGen.Data;
using Humanizer;

namespace BriefingGen.Rendering;

/// <summary>
/// Builds a field's name for people from its path, step by step: keys humanised ("key_points" →
/// "Key points"), a list item named after its list in the singular with its <c>id</c> when it has a
/// short one, else its number ("Risk R2", "Pillar 1"), the steps joined by dashes: "Risk R2 —
/// mitigation". Keys that are not plain identifiers are shown as written, cut short if long.
/// </summary>
internal sealed class FieldLabel
{
    private const int MaxPiece = 40;
    private const int MaxId = 12;
    /// <summary>
    /// Humanizer's inflections run rule lists of regular expressions, and a paper asks for the same
    /// few keys once per field it binds, so each answer for a short key is kept for the process.
    /// </summary>
    private const int MaxKept = 4096;

    private static readonly BoundedCache<string, string> KeptWords = new(MaxKept, StringComparer.Ordinal, ShortKey);
    private static readonly BoundedCache<string, string> KeptSingulars = new(MaxKept, StringComparer.Ordinal, ShortKey);

    private readonly List<string> _pieces = [];
    private string? _list;

    /// <summary>A step into a map; <paramref name="listFollows"/> when the value is a list whose item comes next.</summary>
    public void Key(string key, bool listFollows)
    {
        var words = Words(key);
        if (listFollows)
        {
            _list = words;
            return;
        }

        _pieces.Add(words);
        _list = null;
    }

    /// <summary>A step into item <paramref name="index"/> of a list, which is <paramref name="item"/>.</summary>
    public void Item(int index, DataNode item)
    {
        var name = _list is null ? "Item" : Singular(_list);
        var id = item is DataMap map && map["id"] is DataScalar { Kind: not ScalarKind.Null, Text.Length: > 0 and <= MaxId } scalar && !scalar.Text.Any(char.IsControl)
            ? scalar.Text
            : (index + 1).ToString(CultureInfo.InvariantCulture);
        // "Risk R2" leads a label; under another step it reads in lower case: "Pillar 1 — commitment 2".
        _pieces.Add((_pieces.Count == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..]) + " " + id);
        _list = null;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (_pieces.Count == 0)
        {
            return "Data";
        }

        var sb = new StringBuilder();
        for (var i = 0; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
            if (i == 0)
            {
                sb.Append(char.ToUpperInvariant(piece[0])).Append(piece, 1, piece.Length - 1);
                continue;
            }

            sb.Append(" — ").Append(piece);
        }

        return sb.ToString();
    }

    private static string Words(string key) => Kept(KeptWords, key, HumanWords);

    private static string Singular(string words) => Kept(KeptSingulars, words, HumanSingular);

    /// <summary>Only a short key's answer is kept: a long one is shown as written, cheaply, and keeping it would let hostile keys hold their size.</summary>
    private static bool ShortKey(string key, string answer) => key.Length <= MaxPiece;

    /// <summary>The answer for <paramref name="key"/>, from <paramref name="table"/> or made and kept there.</summary>
    private static string Kept(BoundedCache<string, string> table, string key, Func<string, string> make)
    {
        if (table.TryGet(key, out var kept))
        {
            return kept;
        }

        var made = make(key);
        table.Keep(key, made);
        return made;
    }

    private static string HumanWords(string key)
    {
        if (!DataPathSyntax.IsPlainKey(key) || key.Length > MaxPiece)
        {
            var shown = new string(key.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
            shown = Excerpt.Of(shown, MaxPiece);
            return shown.Length == 0 ? "(blank)" : shown;
        }

        return key.Humanize(LetterCasing.LowerCase);
    }

    private static string HumanSingular(string words)
    {
        var singular = words.Singularize(inputIsKnownToBePlural: false);
        return char.ToUpperInvariant(singular[0]) + singular[1..];
    }
}
