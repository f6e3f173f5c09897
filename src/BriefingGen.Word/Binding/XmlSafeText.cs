using System.Globalization;
using System.Text;
using System.Xml;

namespace BriefingGen.Word.Binding;

/// <summary>
/// Text that XML 1.0 cannot hold as it is — control characters, U+FFFE, U+FFFF, unpaired
/// surrogates — written with backslash escapes (<c>\u0001</c>, and <c>\\</c> for a backslash), and
/// read back exactly. Only text that needs it is escaped, and the part says so beside it, so
/// ordinary text stays readable.
/// </summary>
internal static class XmlSafeText
{
    /// <summary>True when <paramref name="text"/> holds a character XML cannot.</summary>
    public static bool NeedsEscaping(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every character XML cannot hold, and every backslash, escaped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c == '\\')
            {
                sb.Append("\\\\");
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Reads back what <see cref="Escape"/> wrote; null when <paramref name="text"/> is not such text.</summary>
    public static string? Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                sb.Append(text[i]);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '\\')
            {
                sb.Append('\\');
                i++;
            }
            else if (i + 5 < text.Length && text[i + 1] == 'u' && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 5;
            }
            else
            {
                return null;
            }
        }

        return sb.ToString();
    }
}
