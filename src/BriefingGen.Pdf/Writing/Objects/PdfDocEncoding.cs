namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// PDFDocEncoding (ISO 32000-1 Annex D), the one-byte encoding of text strings: Latin-1 for
/// printable ASCII and 0xA1–0xFF, plus typographic marks (quotes, dashes, bullet, euro) in
/// 0x18–0x1F and 0x80–0xA0. Text that fits is half the size of UTF-16.
/// </summary>
internal static class PdfDocEncoding
{
    /// <summary>The characters of 0x18–0x1F: spacing accents.</summary>
    private const string Accents = "\u02D8\u02C7\u02C6\u02D9\u02DD\u02DB\u02DA\u02DC";

    /// <summary>The characters of 0x80–0xA0, in order; 0x9F has none (written here as U+0000).</summary>
    private const string Marks =
        "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018"
        + "\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E\u0000"
        + "\u20AC";

    private static readonly Dictionary<char, byte> Specials = Accents.Select((c, i) => (Char: c, Byte: (byte)(0x18 + i)))
        .Concat(Marks.Select((c, i) => (Char: c, Byte: (byte)(0x80 + i))))
        .Where(e => e.Char != '\0')
        .ToDictionary(e => e.Char, e => e.Byte);

    /// <summary>Encodes <paramref name="text"/>, or returns false when a character has no PDFDocEncoding byte.</summary>
    public static bool TryEncode(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or (>= '\u00A1' and <= '\u00FF' and not '\u00AD'))
            {
                bytes[i] = (byte)c;
            }
            else if (Specials.TryGetValue(c, out var b))
            {
                bytes[i] = b;
            }
            else
            {
                bytes = [];
                return false;
            }
        }

        return true;
    }
}
