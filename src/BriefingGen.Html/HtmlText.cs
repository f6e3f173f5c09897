using System.Text;

namespace BriefingGen.Html;

/// <summary>
/// Escaping for everything written into the page. Data is literal text: whatever a field holds —
/// angle brackets, quotes, ampersands, control characters — comes out as those characters, never
/// as markup, in element content and in attribute values alike.
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> as element content or as a double-quoted attribute value.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case '\t' or '\n':
                    builder.Append((char)rune.Value);
                    break;
                case < 0x20 or 0x7F or (>= 0x80 and < 0xA0) or 0xFFFE or 0xFFFF:
                    // Control characters are not allowed in HTML text; a visible replacement keeps the text's length honest.
                    builder.Append('\uFFFD');
                    break;
                default:
                    builder.Append(rune.ToString());
                    break;
            }
        }

        return builder;
    }

    /// <summary><paramref name="text"/> escaped as element content or an attribute value.</summary>
    public static string Escape(string text) => new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();
}
