using System.Globalization;
using System.Text;

namespace BriefingGen.Server.Api;

/// <summary>The name a downloaded paper is saved under, made from its title: what a person would type, safe on every file system.</summary>
internal static class FileNames
{
    /// <summary>The most characters of the title kept.</summary>
    private const int MaxLength = 80;

    /// <summary>
    /// <paramref name="title"/> in lower case, its letters and digits kept (in any script) and every
    /// run of anything else made one hyphen, cut at a hyphen near 80 characters, plus
    /// <paramref name="extension"/>: "Norway's policy towards Russia" becomes <c>norways-policy-towards-russia.pdf</c>.
    /// </summary>
    public static string FromTitle(string title, string extension)
    {
        var name = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c is '\'' or '’')
            {
                // An apostrophe joins a word ("Norway's"); it does not part two.
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var text = name.ToString().Trim('-');
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf('-', MaxLength);
            text = text[..(cut > MaxLength / 2 ? cut : MaxLength)];
        }

        return (text.Length == 0 ? "briefing" : text) + extension;
    }
}
