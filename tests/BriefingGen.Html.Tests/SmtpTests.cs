using BriefingGen.Cli;
using BriefingGen.Html.Mail;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using MimeKit;

namespace BriefingGen.Html.Tests;

/// <summary>
/// <c>briefgen render --format eml --smtp</c> against a real mail server on loopback: the message
/// arrives, parses, its HTML is the file <c>--format html-email</c> writes and its PDF opens; and
/// every way sending can fail is one clear sentence, never a stack trace.
/// </summary>
public class SmtpTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefgenApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_message_sent_is_the_one_written_and_its_html_is_the_html_email_file()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(Path.Combine(folder.Path, "inbox")).FullName;
        var credentials = folder.Write("smtp.txt", "briefer\nsecret pass\n");
        using var server = SmtpServer.Start(inbox, "briefer", "secret pass");
        var outDir = Path.Combine(folder.Path, "out");

        var sent = Run("render", RepositoryPaths.Sample, "--format", "eml", "--out", outDir, "--smtp", $"127.0.0.1:{server.Port}",
            "--from", "Policy Unit <policy@example.org>", "--to", "minister@example.org,archive@example.org", "--smtp-credentials-file", credentials);
        Assert.True(sent.Exit == 0, sent.Err);
        var html = Run("render", RepositoryPaths.Sample, "--format", "html-email", "--out", outDir);
        Assert.True(html.Exit == 0, html.Err);

        var received = Assert.Single(server.Messages());
        var message = MimeMessage.Load(received);
        Assert.Equal(File.ReadAllText(Path.Combine(outDir, "norway-russia.email.html")), message.HtmlBody);
        Assert.Equal(["policy@example.org", "minister@example.org", "archive@example.org"], server.Envelope(1));
        Assert.Equal(MimeMessage.Load(Path.Combine(outDir, "norway-russia.eml")).MessageId, message.MessageId);

        var pdf = Path.Combine(folder.Path, "received.pdf");
        using (var stream = File.Create(pdf))
        {
            message.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(stream);
        }

        var (exit, output, error) = PdfTools.Run("qpdf", "--check", pdf);
        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public void Credentials_from_the_environment_log_in_and_wrong_ones_are_refused_clearly()
    {
        using var folder = new TempFolder();
        using var server = SmtpServer.Start(folder.Path, "briefer", "right");
        var message = MimeMessage.Load(new MemoryStream(HtmlOutput.Eml(ModelSamples.EveryKind(), MailEnvelope.Parse("a@example.org", "b@example.org", out _))));

        var good = SmtpCredentials.Find(null, name => name == SmtpCredentials.UserVariable ? "briefer" : "right", out _);
        Assert.Null(new SmtpSender("127.0.0.1", server.Port, good).Send(message));
        Assert.Single(server.Messages());

        var wrong = new SmtpCredentials("briefer", "wrong");
        Assert.Equal($"the mail server at 127.0.0.1:{server.Port} refused the user name and password", new SmtpSender("127.0.0.1", server.Port, wrong).Send(message));
        Assert.StartsWith($"the mail server at 127.0.0.1:{server.Port} wants a login", new SmtpSender("127.0.0.1", server.Port, null).Send(message), StringComparison.Ordinal);
        Assert.Single(server.Messages());
    }

    [Fact]
    public void A_refused_recipient_is_named()
    {
        using var folder = new TempFolder();
        using var server = SmtpServer.Start(folder.Path, refuse: "nobody@example.org");
        var outDir = Path.Combine(folder.Path, "out");
        var run = Run("render", RepositoryPaths.Sample, "--format", "eml", "--out", outDir, "--smtp", $"127.0.0.1:{server.Port}", "--from", "a@example.org", "--to", "nobody@example.org");
        Assert.Equal(ExitCodes.InputError, run.Exit);
        Assert.Contains("written to", run.Err, StringComparison.Ordinal);
        Assert.Contains("refused the recipient nobody@example.org", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "norway-russia.eml")));
    }

    [Fact]
    public void An_unreachable_server_is_one_clear_sentence()
    {
        using var folder = new TempFolder();
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var run = Run("render", RepositoryPaths.Sample, "--format", "eml", "--out", folder.Path, "--smtp", $"127.0.0.1:{port}", "--from", "a@example.org", "--to", "b@example.org");
        Assert.Equal(ExitCodes.InputError, run.Exit);
        Assert.Contains($"cannot reach the mail server at 127.0.0.1:{port}: the connection was refused", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format eml --smtp 127.0.0.1:25 --from nobody --to b@example.org", "--from: 'nobody' is not an e-mail address")]
    [InlineData("--format eml --smtp 127.0.0.1:25 --from a@example.org --to b@,c@example.org", "--to: 'b@' is not an e-mail address")]
    [InlineData("--format pdf --smtp 127.0.0.1:25 --from a@example.org --to b@example.org", "--smtp sends the e-mail: render it with --format eml")]
    [InlineData("--format eml --smtp 127.0.0.1:25 --to b@example.org", "--smtp needs the sender (--from) and at least one recipient (--to)")]
    [InlineData("--format eml --smtp localhost --from a@example.org --to b@example.org", "--smtp: expected HOST:PORT")]
    [InlineData("--format eml --smtp-credentials-file x.txt", "--smtp-credentials-file is for sending")]
    [InlineData("--format eml --smtp 127.0.0.1:25 --from a@example.org --to b@example.org --smtp-credentials-file /nonexistent/creds", "--smtp-credentials-file: cannot read /nonexistent/creds")]
    public void Mistakes_in_the_mail_options_are_usage_errors(string options, string message)
    {
        using var folder = new TempFolder();
        var run = Run(["render", RepositoryPaths.Sample, "--out", folder.Path, .. options.Split(' ')]);
        Assert.Equal(ExitCodes.UsageError, run.Exit);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_password_without_a_user_in_the_environment_is_named()
    {
        Assert.Null(SmtpCredentials.Find(null, name => name == SmtpCredentials.PasswordVariable ? "p" : null, out var error));
        Assert.Contains(SmtpCredentials.UserVariable, error, StringComparison.Ordinal);
        Assert.Null(SmtpCredentials.Find(null, _ => null, out error));
        Assert.Null(error);
    }
}
