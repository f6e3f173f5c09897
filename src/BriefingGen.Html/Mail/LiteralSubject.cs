using System.Text;
using MimeKit;

namespace BriefingGen.Html.Mail;

/// <summary>
/// The Subject header of a message, holding the paper's title exactly as written. MimeKit encodes
/// only the words that need it (those beyond ASCII), so a title holding text shaped like an encoded
/// word (<c>=?utf-8?b?…?=</c>) would reach the reader decoded, as words that are not in the data.
/// Such a title is encoded whole, in encoded words of whole characters, which every reader decodes
/// back to exactly the title.
/// </summary>
internal static class LiteralSubject
{
    /// <summary>
    /// The most UTF-8 bytes in one encoded word: 52 characters of Base64, 64 with its markers, so
    /// that the first, after "Subject:", keeps within the 78 characters RFC 5322 asks of a line.
    /// </summary>
    private const int MaxWordBytes = 39;

    /// <summary>Sets <paramref name="message"/>'s subject to <paramref name="title"/>, control characters made spaces.</summary>
    public static void Set(MimeMessage message, string title)
    {
        var text = string.Concat(title.Select(c => char.IsControl(c) ? ' ' : c));
        message.Subject = text;
        if (!text.Contains("=?", StringComparison.Ordinal))
        {
            return;
        }

        var header = message.Headers[message.Headers.IndexOf(HeaderId.Subject)];
        var newLine = Encoding.ASCII.GetString(header.RawValue).EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var words = Words(text).Select(w => $" =?utf-8?b?{Convert.ToBase64String(Encoding.UTF8.GetBytes(w))}?=");
        header.SetRawValue(Encoding.ASCII.GetBytes(string.Join(newLine, words) + newLine));
    }

    /// <summary><paramref name="text"/> cut into pieces of whole characters of at most <see cref="MaxWordBytes"/> UTF-8 bytes each.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        var bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxWordBytes)
            {
                yield return word.ToString();
                word.Clear();
                bytes = 0;
            }

            word.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
