using System.Globalization;

namespace BriefingGen.Data.Schema;

/// <summary>
/// Compiles a schema's <c>pattern</c> keywords as the schema is read: each different pattern once,
/// however many fields share it, so a broken pattern is an error at its own place in the file
/// and never a crash while data is checked. Compiling takes time, so the number and size of
/// patterns are bounded (<see cref="SchemaLimits"/>).
/// </summary>
internal sealed class PatternCompiler(SchemaLimits limits, KeywordReader keywords)
{
    private readonly Dictionary<string, SchemaPattern> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _broken = new(StringComparer.Ordinal);
    private int _characters;
    private bool _full;

    /// <summary>The compiled pattern of <paramref name="map"/>, or null when it has none or it cannot be used.</summary>
    public SchemaPattern? Read(DataMap map)
    {
        if (keywords.Text(map, "pattern") is not { } text)
        {
            return null;
        }

        var node = map["pattern"]!;
        if (_compiled.TryGetValue(text, out var known))
        {
            return known;
        }

        if (!_broken.TryGetValue(text, out var error))
        {
            error = Compile(text);
        }

        if (error is not null)
        {
            if (error.Length > 0)
            {
                keywords.Error(node, "pattern", error);
            }

            return null;
        }

        return _compiled[text];
    }

    /// <summary>Compiles a pattern not seen before; the error ("" when already said), or null when it is now in <see cref="_compiled"/>.</summary>
    private string? Compile(string text)
    {
        string? error = null;
        if (text.Length > limits.MaxPatternLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"expected a regular expression of at most {limits.MaxPatternLength:N0} characters, got {text.Length:N0}");
        }
        else if (_compiled.Count >= limits.MaxPatterns || _characters + text.Length > limits.MaxPatternText)
        {
            // Said once, at the first pattern over the limit; the schema is in error, so the
            // patterns after it, never compiled, check nothing in its name.
            if (_full)
            {
                return "";
            }

            _full = true;
            var what = _compiled.Count >= limits.MaxPatterns
                ? string.Create(CultureInfo.InvariantCulture, $"more than {limits.MaxPatterns:N0} different patterns")
                : string.Create(CultureInfo.InvariantCulture, $"different patterns of more than {limits.MaxPatternText:N0} characters in all");
            return $"the schema has {what}; expected at most that many, so this pattern and those after it were not compiled";
        }
        else if (SchemaPattern.Compile(text, limits.MatchTimeout, out var problem) is { } pattern)
        {
            _compiled.Add(text, pattern);
            _characters += text.Length;
        }
        else
        {
            error = $"\"{Excerpt.Of(text)}\" is not a valid regular expression: {problem}";
        }

        if (error is not null)
        {
            _broken.Add(text, error);
        }

        return error;
    }
}
