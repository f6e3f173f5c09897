using System.Text;
using BriefingGen.Html.Mail;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using MimeKit;

namespace BriefingGen.Html.Tests;

/// <summary>The MIME message: text and HTML alternatives, related pictures, the PDF attached, and the same bytes every time.</summary>
public class EmlTests
{
    private static readonly MailEnvelope Envelope = MailEnvelope.Parse("Policy Unit <policy@example.org>", "a@example.org, Bo <b@example.org>", out _)!;

    private static MimeMessage Parse(byte[] bytes) => MimeMessage.Load(new MemoryStream(bytes));

    [Fact]
    public void The_message_holds_text_and_html_alternatives_with_related_pictures_and_the_pdf_attached()
    {
        var document = ModelSamples.EveryKind();
        var message = Parse(HtmlOutput.Eml(document, Envelope));

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        var text = Assert.IsType<TextPart>(alternative[0]);
        Assert.True(text.IsPlain);
        var related = Assert.IsType<MultipartRelated>(alternative[1]);
        var html = Assert.IsType<TextPart>(related.Root);
        Assert.True(html.IsHtml);
        var picture = Assert.IsType<MimePart>(related[1]);
        Assert.Equal("image/png", picture.ContentType.MimeType);
        Assert.Contains("cid:" + picture.ContentId, html.Text, StringComparison.Ordinal);

        var pdf = Assert.IsType<MimePart>(mixed[1]);
        Assert.True(pdf.IsAttachment);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.Equal("everything.pdf", pdf.FileName);
    }

    [Fact]
    public void Its_parts_are_exactly_the_html_email_and_text_formats()
    {
        var document = HtmlOutput.Sample;
        var message = Parse(HtmlOutput.Eml(document, Envelope));
        Assert.Equal(HtmlOutput.Email(document), message.HtmlBody);
        Assert.Equal(HtmlOutput.Plain(document), message.TextBody);
    }

    [Fact]
    public void Its_headers_come_from_the_paper_and_the_command_line()
    {
        var message = Parse(HtmlOutput.Eml(HtmlOutput.Sample, Envelope));
        Assert.Equal("Norway’s policy towards Russia", message.Subject);
        Assert.Equal("policy@example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal(["a@example.org", "b@example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero), message.Date);
        Assert.Matches("^20261005\\.[0-9a-f]{24}@example\\.org$", message.MessageId);
    }

    [Theory]
    [InlineData("=?utf-8?b?VVJHRU5UOiB3aXJlIG1vbmV5IHRvZGF5?= weekly")]
    [InlineData("Weekly =?iso-8859-1?q?=C5rsrapport?= for the North")]
    [InlineData("Еженедельный обзор =?utf-8?q?Hello?= Северного региона и его сотрудничества с Норвегией")]
    public void A_title_shaped_like_an_encoded_word_reaches_the_reader_as_written(string title)
    {
        var paper = ModelSamples.Of(new BriefingGen.Model.Paragraph([new BriefingGen.Model.Text("x")]));
        var bytes = HtmlOutput.Eml(paper with { Metadata = paper.Metadata with { Title = title } });

        Assert.Equal(title, Parse(bytes).Subject);
        var text = Encoding.ASCII.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n"), line => Assert.True(line.Length <= 78, line));

        // Python's mail parser decodes as Thunderbird and Outlook do.
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "message.eml");
        File.WriteAllBytes(file, bytes);
        var read = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", ["-c", "import sys, email, email.policy; sys.stdout.buffer.write(email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)['subject'].encode('utf-8'))", file]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
        var subject = read.StandardOutput.ReadToEnd();
        read.WaitForExit();
        Assert.Equal(title, subject);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = HtmlOutput.Eml(ModelSamples.EveryKind(), Envelope);
        var second = HtmlOutput.Eml(ModelSamples.EveryKind(), Envelope);
        Assert.Equal(first, second);
        var text = Encoding.ASCII.GetString(first);
        Assert.Contains("boundary=\"=-briefgen-mixed-", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_attached_pdf_passes_qpdf()
    {
        using var folder = new TempFolder();
        var message = Parse(HtmlOutput.Eml(HtmlOutput.Sample, Envelope));
        var pdf = Path.Combine(folder.Path, "attached.pdf");
        using (var stream = File.Create(pdf))
        {
            message.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(stream);
        }

        var (exit, output, error) = PdfTools.Run("qpdf", "--check", pdf);
        Assert.True(exit == 0, output + error);
        Assert.Contains("Norway’s policy towards Russia", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_paper_makes_a_message_without_a_date()
    {
        var document = ModelSamples.Of(new BriefingGen.Model.Paragraph([new BriefingGen.Model.Text("x")]));
        var message = Parse(HtmlOutput.Eml(document));
        Assert.False(message.Headers.Contains(HeaderId.Date));
        Assert.Matches("^undated\\.[0-9a-f]{24}@briefgen\\.invalid$", message.MessageId);
        Assert.Empty(message.From);
    }

    [Theory]
    [InlineData("not an address", "a@example.org", "--from")]
    [InlineData("me@example.org", "a@example.org, nobody", "--to")]
    [InlineData("me@example.org", "@example.org", "--to")]
    public void Bad_addresses_are_named(string from, string to, string option)
    {
        Assert.Null(MailEnvelope.Parse(from, to, out var error));
        Assert.StartsWith(option + ":", error, StringComparison.Ordinal);
    }
}
