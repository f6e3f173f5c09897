using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Data.Schema;

/// <summary>
/// A schema's <c>pattern</c>, compiled once when the schema is read. The linear-time engine
/// (<see cref="RegexOptions.NonBacktracking"/>) is used whenever it accepts the pattern, so no
/// value can make matching explode; patterns it refuses (backreferences, lookarounds, atomic
/// groups, very large counted repeats) use the backtracking engine, and every match has a
/// timeout either way.
/// </summary>
internal sealed class SchemaPattern
{
    private readonly Regex _regex;

    private SchemaPattern(string text, Regex regex, bool isLinear)
    {
        Text = text;
        _regex = regex;
        IsLinear = isLinear;
    }

    /// <summary>The pattern as the schema wrote it.</summary>
    public string Text { get; }

    /// <summary>True when the linear-time engine runs it: its time grows only with the length of the value.</summary>
    public bool IsLinear { get; }

    /// <summary>Compiles <paramref name="text"/>; on failure, <paramref name="error"/> says why in words.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="timeout">How long one match may take.</param>
    /// <param name="error">What is wrong with the pattern, or null.</param>
    public static SchemaPattern? Compile(string text, TimeSpan timeout, out string? error)
    {
        const RegexOptions options = RegexOptions.CultureInvariant;
        error = null;
        try
        {
            return new SchemaPattern(text, new Regex(text, options | RegexOptions.NonBacktracking, timeout), isLinear: true);
        }
        catch (NotSupportedException)
        {
            // The pattern is valid but needs backtracking; fall through to that engine.
        }
        catch (RegexParseException e)
        {
            error = Describe(e);
            return null;
        }

        try
        {
            return new SchemaPattern(text, new Regex(text, options, timeout), isLinear: false);
        }
        catch (RegexParseException e)
        {
            error = Describe(e);
            return null;
        }
    }

    /// <summary>Tries the pattern on <paramref name="value"/>; a match that runs out of time is <see cref="PatternOutcome.TimedOut"/>.</summary>
    public PatternOutcome Match(string value)
    {
        try
        {
            return _regex.IsMatch(value) ? PatternOutcome.Matched : PatternOutcome.NotMatched;
        }
        catch (RegexMatchTimeoutException)
        {
            return PatternOutcome.TimedOut;
        }
    }

    /// <summary>
    /// The parser's error in words, from its error code rather than its message, which may be
    /// localised: <c>InsufficientClosingParentheses</c> becomes "insufficient closing parentheses". The
    /// offset is where the parser stood when it gave up, so it counts the characters read.
    /// </summary>
    private static string Describe(RegexParseException e)
    {
        var words = new StringBuilder();
        foreach (var c in e.Error.ToString())
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return e.Offset <= 0
            ? $"{words} at the start of the pattern"
            : string.Create(CultureInfo.InvariantCulture, $"{words} after character {e.Offset} of the pattern");
    }
}
