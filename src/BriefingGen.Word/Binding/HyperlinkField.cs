using System.Text;

namespace BriefingGen.Word.Binding;

/// <summary>
/// The address a HYPERLINK field points at. Word writes a link as <c>w:hyperlink</c>, but
/// LibreOffice writes one as a field, <c>HYPERLINK "https://example.org/" \l "part"</c>, with the
/// part after <c>#</c> as its own switch; the two read back as the same address.
/// </summary>
internal static class HyperlinkField
{
    /// <summary>The address <paramref name="instruction"/> links to, or null when it is not a HYPERLINK field.</summary>
    public static string? Target(string instruction)
    {
        var words = Words(instruction);
        if (words.Count == 0 || !words[0].Equals("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? address = null;
        string? location = null;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "\\l" when i + 1 < words.Count:
                    location = words[++i];
                    break;
                case "\\o" or "\\t" when i + 1 < words.Count:
                    i++; // a tooltip or a target frame
                    break;
                case ['\\', ..]:
                    break; // \m, \n, \h: no argument
                default:
                    address ??= words[i];
                    break;
            }
        }

        return address is null && location is null ? null : (address ?? "") + (location is null ? "" : "#" + location);
    }

    /// <summary>The words of a field instruction: quoted ones without their quotes, with <c>\"</c> and <c>\\</c> inside them read as the character.</summary>
    private static List<string> Words(string instruction)
    {
        var words = new List<string>();
        var i = 0;
        while (i < instruction.Length)
        {
            if (char.IsWhiteSpace(instruction[i]))
            {
                i++;
                continue;
            }

            var word = new StringBuilder();
            if (instruction[i] == '"')
            {
                for (i++; i < instruction.Length && instruction[i] != '"'; i++)
                {
                    if (instruction[i] == '\\' && i + 1 < instruction.Length && instruction[i + 1] is '"' or '\\')
                    {
                        i++;
                    }

                    word.Append(instruction[i]);
                }

                i++;
            }
            else
            {
                for (; i < instruction.Length && !char.IsWhiteSpace(instruction[i]); i++)
                {
                    word.Append(instruction[i]);
                }
            }

            words.Add(word.ToString());
        }

        return words;
    }
}
