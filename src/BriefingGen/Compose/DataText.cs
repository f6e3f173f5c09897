using System.Text;

namespace BriefingGen.Compose;

/// <summary>How a data value's text reads in a line of the paper.</summary>
internal static class DataText
{
    /// <summary>
    /// Folds runs of ASCII white space, line breaks included, into one space and trims the ends, as
    /// Markdown would read the value inside a paragraph; other white space (a no-break space, a thin
    /// space in a Norwegian number) is content and stays.
    /// </summary>
    public static string Fold(string text)
    {
        if (!NeedsFolding(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when the text has white space at an end, a run of it, or white space other than a plain space.</summary>
    private static bool NeedsFolding(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (IsFoldable(text[0]) || IsFoldable(text[^1]))
        {
            return true;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (IsFoldable(text[i]) && (text[i] != ' ' || IsFoldable(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFoldable(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}
