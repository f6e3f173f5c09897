using System.CommandLine;
using System.Globalization;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// A whole-number option held to a range, refused in the user's words: the parser's own message
/// for "abc" names a .NET type (System.Int32).
/// </summary>
internal static class WholeNumberOption
{
    /// <summary>Refuses a value of <paramref name="option"/> that is not a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static void Range(Option<int> option, int min, int max) => option.Validators.Add(r =>
    {
        // A value that is not a whole number must not be asked for as one: the parser would throw.
        if (r.Tokens is [var token] && !int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            r.AddError($"{option.Name} must be a whole number from {min} to {max}, not '{token.Value}'.");
            return;
        }

        if (r.GetValueOrDefault<int>() is var value && (value < min || value > max))
        {
            r.AddError($"{option.Name} must be from {min} to {max}, not {value}.");
        }
    });
}
