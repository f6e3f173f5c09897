namespace BriefingGen.Markup;

/// <summary>Character classes the CommonMark specification defines and both directions of escaping need.</summary>
internal static class CommonMark
{
    /// <summary>
    /// ASCII punctuation as CommonMark §2.1 defines it: the characters a backslash can escape.
    /// </summary>
    public static bool IsAsciiPunctuation(char c) =>
        c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
