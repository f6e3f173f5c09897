using System.Security.Cryptography;
using System.Text;
using BriefingGen.Html.PlainText;
using BriefingGen.Model;
using BriefingGen.Rendering;
using MimeKit;

namespace BriefingGen.Html.Mail;

/// <summary>
/// The paper as one MIME message: <c>multipart/mixed</c> holding a <c>multipart/alternative</c> (the
/// plain text, then the HTML with its pictures as a <c>multipart/related</c>) and the PDF attached.
/// Everything MimeKit would otherwise make up — the date, the Message-Id, the part boundaries — is
/// taken from the paper (its date, a hash of its content), so the same input makes the same bytes.
/// </summary>
internal static class MessageBuilder
{
    /// <summary>The message for <paramref name="input"/>, with <paramref name="pdf"/> attached.</summary>
    public static MimeMessage Build(RenderInput input, ReadOnlyMemory<byte> pdf, MailEnvelope envelope)
    {
        var metadata = input.Document.Metadata;
        var body = HtmlEmailRenderer.Compose(input);
        var text = PlainTextRenderer.Compose(input);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.Html + "\0" + text + "\0" + metadata.Title)))[..24];

        var textPart = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        textPart.SetText(Encoding.UTF8, text);
        var htmlPart = new TextPart("html") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        htmlPart.SetText(Encoding.UTF8, body.Html);

        MimeEntity html = htmlPart;
        if (body.Images.Count > 0)
        {
            var related = new MultipartRelated { Boundary = Boundary("related", hash) };
            related.Root = htmlPart;
            for (var i = 0; i < body.Images.Count; i++)
            {
                related.Add(Picture(body.Images[i], i + 1));
            }

            html = related;
        }

        var alternative = new MultipartAlternative { Boundary = Boundary("alternative", hash) };
        alternative.Add(textPart);
        alternative.Add(html);

        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(pdf.ToArray())),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = FileNames.Of(metadata) + ".pdf",
        };

        var mixed = new Multipart("mixed") { Boundary = Boundary("mixed", hash) };
        mixed.Add(alternative);
        mixed.Add(attachment);

        var message = new MimeMessage { Body = mixed };
        LiteralSubject.Set(message, metadata.Title);
        if (envelope.From is { } from)
        {
            message.From.Add(from);
        }

        message.To.AddRange(envelope.To);
        message.Headers.Remove(HeaderId.Date);
        if (metadata.Date is { } date)
        {
            message.Date = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        var domain = envelope.From?.Domain is { Length: > 0 } d ? d : "briefgen.invalid";
        var day = metadata.Date?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated";
        message.MessageId = $"{day}.{hash}@{domain}";
        return message;
    }

    /// <summary>The message's bytes, with CRLF line ends as RFC 5322 wants.</summary>
    public static byte[] Bytes(MimeMessage message)
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        using var stream = new MemoryStream();
        message.WriteTo(options, stream);
        return stream.ToArray();
    }

    private static MimePart Picture(EmailImage image, int number)
    {
        var png = image.Image.Format == ImageFormat.Png;
        return new MimePart("image", png ? "png" : "jpeg")
        {
            Content = new MimeContent(new MemoryStream(image.Image.Bytes.ToArray())),
            ContentId = image.ContentId,
            ContentDisposition = new ContentDisposition(ContentDisposition.Inline),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = $"picture-{number}.{(png ? "png" : "jpg")}",
        };
    }

    private static string Boundary(string kind, string hash) => $"=-briefgen-{kind}-{hash}";
}
