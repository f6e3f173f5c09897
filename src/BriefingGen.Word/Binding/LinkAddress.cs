using System.Globalization;
using System.Text;

namespace BriefingGen.Word.Binding;

/// <summary>
/// A link's address in one spelling, so that the same address reads back the same however an
/// editor wrote it: LibreOffice writes <c>http://example.com/%281%29</c> back as
/// <c>http://example.com/(1)</c>, and editors differ in whether they escape letters outside ASCII.
/// Escapes of characters that mean nothing special in an address (letters, digits, <c>-._~</c>,
/// <c>()!'*</c> and any character outside ASCII) are undone, the others kept with capital hex
/// digits; then the characters a Markdown link cannot hold as they are (space, brackets of both
/// kinds) are escaped.
/// </summary>
internal static class LinkAddress
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The address as a Markdown link's destination writes it.</summary>
    public static string ForMarkdown(string address)
    {
        var decoded = Decode(address);
        var sb = new StringBuilder(decoded.Length + 8);
        foreach (var c in decoded)
        {
            _ = c switch
            {
                ' ' => sb.Append("%20"),
                '(' => sb.Append("%28"),
                ')' => sb.Append("%29"),
                '<' => sb.Append("%3C"),
                '>' => sb.Append("%3E"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary><paramref name="address"/> with the escapes undone that change nothing about where it points.</summary>
    private static string Decode(string address)
    {
        if (!address.Contains('%', StringComparison.Ordinal))
        {
            return address;
        }

        var sb = new StringBuilder(address.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < address.Length;)
        {
            // A run of escapes is decoded together: characters outside ASCII take several bytes.
            while (i + 2 < address.Length && address[i] == '%' && byte.TryParse(address.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 3;
            }

            if (bytes.Count > 0)
            {
                AppendEscapes(sb, bytes);
                bytes.Clear();
                continue;
            }

            sb.Append(address[i]);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>Writes decoded bytes: as characters where that changes nothing, else as escapes in capitals.</summary>
    private static void AppendEscapes(StringBuilder sb, List<byte> bytes)
    {
        for (var i = 0; i < bytes.Count;)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                var c = (char)b;
                if (char.IsAsciiLetterOrDigit(c) || "-._~()!'*".Contains(c, StringComparison.Ordinal))
                {
                    sb.Append(c);
                }
                else
                {
                    sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i++;
                continue;
            }

            // A character outside ASCII: its whole UTF-8 sequence, if it is a valid one.
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            if (length > 1 && i + length <= bytes.Count && TryDecode(bytes, i, length, out var text))
            {
                sb.Append(text);
                i += length;
                continue;
            }

            sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            i++;
        }
    }

    private static bool TryDecode(List<byte> bytes, int start, int length, out string text)
    {
        try
        {
            text = Strict.GetString(bytes.ToArray(), start, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
