using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Html.Mail;

/// <summary>The attached paper's file name, made from its title: lower case, words joined by hyphens, any script kept.</summary>
internal static class FileNames
{
    private const int MaxLength = 80;

    /// <summary>A file name (without extension) for the paper described by <paramref name="metadata"/>.</summary>
    public static string Of(DocumentMetadata metadata)
    {
        var name = new StringBuilder();
        foreach (var ch in (metadata.ShortTitle ?? metadata.Title).Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                name.Append(ch);
            }
            else if (ch is not '\'' and not '’' && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var result = name.ToString().Trim('-');
        result = result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
        return result.Length == 0 ? "briefing" : result;
    }
}
