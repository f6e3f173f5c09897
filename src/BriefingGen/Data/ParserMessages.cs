using System.Text.RegularExpressions;

namespace BriefingGen.Data;

/// <summary>
/// A parser's message made fit to print: a parser quotes the text it could not read, and that
/// quote may run to the end of the file — megabytes, or another file's secrets when a data file
/// names one. Quotes are cut to their first 16 characters and the whole message to 300.
/// </summary>
internal static partial class ParserMessages
{
    private const int MaxLength = 300;

    /// <summary><paramref name="message"/> with long quotes and its length cut.</summary>
    public static string Clip(string message)
    {
        var clipped = LongQuote().Replace(message, "'$1…'");
        return clipped.Length <= MaxLength ? clipped : clipped[..MaxLength] + "…";
    }

    [GeneratedRegex("'([^']{16})[^']+'")]
    private static partial Regex LongQuote();
}
