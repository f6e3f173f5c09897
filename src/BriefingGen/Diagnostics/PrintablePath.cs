using System.Text;

namespace BriefingGen.Diagnostics;

/// <summary>
/// A file's path made safe to print on one line: a name may hold any character but '/' and NUL,
/// and a line break in it would split a <c>file:line:col:</c> message in two, an escape character
/// would reach the terminal as a command. Control characters are written as C escapes (<c>\n</c>,
/// <c>\x1b</c>); every other character is kept.
/// </summary>
public static class PrintablePath
{
    /// <summary><paramref name="path"/> (or any text printed on one line) with its control characters escaped; the same string when it has none.</summary>
    public static string Of(string path)
    {
        if (!path.Any(IsControl))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007f' and <= '\u009f';
}
