namespace BriefingGen.Data;

/// <summary>
/// The start of a text, short enough to quote in a message. Every message that shows what a
/// user wrote cuts it here, so quotes read alike and never split an emoji (or any character
/// outside the Basic Multilingual Plane) into a lone surrogate that prints as "?".
/// </summary>
internal static class Excerpt
{
    /// <summary>The length quotes are cut to unless a message needs them shorter.</summary>
    public const int DefaultLength = 60;

    /// <summary>
    /// <paramref name="text"/> as it is when it has at most <paramref name="length"/> UTF-16
    /// units, else its start and "…", together no longer than that.
    /// </summary>
    public static string Of(string text, int length = DefaultLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = length - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
