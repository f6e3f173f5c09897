using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// Sets the punctuation a keyboard types straight as the paper's language prints it: quotation
/// marks by context and nesting (“ ” ‘ ’ in English, « » ‘ ’ in Norwegian, « » „ “ in Russian),
/// apostrophes as ’, <c>---</c> as —, <c>--</c> as –, a hyphen between spaced words as the
/// language's dash, and <c>...</c> as …. One paragraph is one pass, so a quotation that opens in
/// plain text and closes after bold text pairs up. Code, web and mail addresses are left exactly
/// as written; so is anything that already uses the typographic characters.
/// </summary>
public sealed partial class SmartPunctuation(PunctuationStyle style) : InlineRewriter
{
    /// <summary>The marks that, before a straight quote, make it an opening one.</summary>
    private const string Openers = "([{<\u2014\u2013-/\u00AB\u201E\u201C\u2018\u201A\u2039\u203A\u00BB";

    /// <summary>How many quotations may be open inside each other.</summary>
    private const int MaxDepth = 16;

    private readonly Stack<char> _open = new();
    private char _previous;

    /// <summary>The paragraph <paramref name="inlines"/> with its punctuation set; unchanged nodes are the same objects.</summary>
    public IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines)
    {
        _open.Clear();
        _previous = '\0';
        return Rewrite(inlines);
    }

    /// <summary>A line of plain text, such as a document title, with its punctuation set.</summary>
    public string Apply(string text)
    {
        _open.Clear();
        _previous = '\0';
        return Set(text);
    }

    /// <inheritdoc />
    protected override void RewriteText(Text text, List<Inline> into)
    {
        var value = Set(text.Value);
        into.Add(ReferenceEquals(value, text.Value) ? text : text with { Value = value });
    }

    /// <inheritdoc />
    protected override void Passed(Inline inline) =>
        _previous = inline switch
        {
            LineBreak => '\n',
            Code { Value.Length: > 0 } code => code.Value[^1],
            Code => _previous,

            // Footnote marks, page numbers and components' own inlines read as a word.
            _ => 'x',
        };

    /// <summary>The text with its punctuation set, or the same string when nothing changes.</summary>
    private string Set(string text)
    {
        if (text.AsSpan().IndexOfAny("\"'-.") < 0)
        {
            if (text.Length > 0)
            {
                _previous = text[^1];
            }

            return text;
        }

        var verbatim = Addresses().Matches(text);
        var nextVerbatim = 0;
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (nextVerbatim < verbatim.Count && verbatim[nextVerbatim].Index == i)
            {
                var address = verbatim[nextVerbatim++];
                output.Append(address.Value);
                i += address.Length - 1;
                _previous = text[i];
                continue;
            }

            var c = text[i];
            // At the end of this text, what follows is in the next inline: read it as a word.
            var next = i + 1 < text.Length ? text[i + 1] : '\uFFFF';
            switch (c)
            {
                case '"':
                    output.Append(Quote('"', next));
                    break;
                case '\'':
                    output.Append(SingleQuote(next));
                    break;
                case '-':
                    i = Dash(text, i, output);
                    break;
                case '.' when Run(text, i, '.') == 3:
                    output.Append('\u2026');
                    i += 2;
                    break;
                default:
                    output.Append(c);
                    break;
            }

            _previous = text[i];
        }

        var result = output.ToString();
        return result == text ? text : result;
    }

    /// <summary>A straight single quote: an apostrophe inside or after a word, else a quotation mark.</summary>
    private string SingleQuote(char next)
    {
        if (char.IsLetterOrDigit(_previous) && char.IsLetter(next))
        {
            return PunctuationStyle.Apostrophe.ToString();
        }

        if (Opens(next) && !char.IsDigit(next))
        {
            return Quote('\'', next);
        }

        return _open.Count > 0 && _open.Peek() == '\'' ? Quote('\'', next) : PunctuationStyle.Apostrophe.ToString();
    }

    /// <summary>An opening or closing quotation mark; its level is how many quotations are open around it.</summary>
    private string Quote(char straight, char next)
    {
        if (Opens(next))
        {
            // Deeper than any real quotation nests, further quotes take the deepest level's marks
            // without being kept, so a field of nothing but opening quotes costs no more than one.
            if (_open.Count < MaxDepth)
            {
                _open.Push(straight);
            }

            return _open.Count % 2 == 1 ? style.PrimaryOpen : style.SecondaryOpen;
        }

        if (_open.Contains(straight))
        {
            while (_open.Peek() != straight)
            {
                _open.Pop();
            }

            var level = _open.Count;
            _open.Pop();
            return level % 2 == 1 ? style.PrimaryClose : style.SecondaryClose;
        }

        return style.PrimaryClose;
    }

    /// <summary>A quote opens after a space, the start or an opening mark, and before something to quote.</summary>
    private bool Opens(char next) =>
        (_previous == '\0' || char.IsWhiteSpace(_previous) || Openers.Contains(_previous)) && next != '\0' && !char.IsWhiteSpace(next);

    /// <summary>Sets the dash that starts at <paramref name="at"/> and returns the index of its last character.</summary>
    private int Dash(string text, int at, StringBuilder output)
    {
        var length = Run(text, at, '-');
        var next = at + length < text.Length ? text[at + length] : '\0';
        var afterSpace = _previous == '\0' || char.IsWhiteSpace(_previous);
        switch (length)
        {
            case 1 or 2 when _previous == ' ' && next == ' ' && output.Length > 1 && output[^1] == ' ' && !char.IsWhiteSpace(output[^2]):
                // "word - word" and "word -- word": the language's dash (a spaced en dash in
                // English, an em dash in Russian), held to the word before it.
                output.Length--;
                output.Append(style.WordDash);
                return at + length;
            case 1 or 2 when _previous == ' ' && next == ' ':
                // The space before is in the text before this run: the dash alone.
                output.Append(style.WordDash.Trim('\u00A0', ' '));
                return at + length - 1;
            case 2 or 3 when !(afterSpace && char.IsLetter(next)):
                // "--" and "---" as TeX reads them; "--out" after a space is an option, not a dash.
                output.Append(length == 2 ? '\u2013' : '\u2014');
                return at + length - 1;
            default:
                output.Append(text, at, length);
                return at + length - 1;
        }
    }

    /// <summary>
    /// How many <paramref name="c"/> stand in a row from <paramref name="at"/>; 0 inside a run, so
    /// each run is counted once, from its start, and a field of a million dots stays linear.
    /// </summary>
    private static int Run(string text, int at, char c)
    {
        if (at > 0 && text[at - 1] == c)
        {
            return 0;
        }

        var end = at;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - at;
    }

    /// <summary>
    /// Web and mail addresses, whose characters must stay exactly as written: with a scheme or
    /// "www.", mail addresses, and a host name followed by a path ("example.org/a--b", as
    /// <c>short_url</c> shows an address), whose dashes and quotes are the address's own. Matched
    /// without backtracking: a field of a quarter of a million letters with no space would
    /// otherwise be tried as the start of a mail address at every letter, and take seconds.
    /// </summary>
    [GeneratedRegex(@"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>""]+|[^\s@<>""'()]+@[^\s@<>""'()]+\.[a-z]{2,}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::[0-9]+)?/[^\s<>""]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Addresses();
}
