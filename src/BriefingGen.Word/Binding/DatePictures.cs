using System.Text;

namespace BriefingGen.Word.Binding;

/// <summary>
/// Turns the .NET pattern a long date was written with into Word's date picture, which shares its
/// letters for days, months and years and quotes literal text the same way. A pattern with
/// anything else (hours, eras, escapes) has no sure equivalent and gets none.
/// </summary>
internal static class DatePictures
{
    /// <summary>Word's picture for <paramref name="pattern"/>, or null.</summary>
    public static string? FromDotNet(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var quoted = false;
        foreach (var c in pattern)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                sb.Append(c);
                continue;
            }

            if (quoted || c is 'd' or 'M' or 'y' || (!char.IsLetter(c) && c is not ('"' or '\\' or '%' or '/' or ':')))
            {
                sb.Append(c);
                continue;
            }

            return null;
        }

        return quoted || sb.Length == 0 ? null : sb.ToString();
    }
}
