using System.CommandLine;
using BriefingGen.Html.Mail;
using BriefingGen.Rendering;
using MimeKit;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// The render command's e-mail options: <c>--from</c> and <c>--to</c> address the message
/// <c>--format eml</c> writes; <c>--smtp HOST:PORT</c> also sends it, logging in with
/// <c>--smtp-credentials-file</c> or the environment's credentials, never with a password on the
/// command line.
/// </summary>
internal sealed class MailOptions
{
    /// <summary>The mail server option.</summary>
    public Option<string?> Smtp { get; } = new("--smtp") { Description = "Send each paper's e-mail (needs --format eml) through the mail server at HOST:PORT, with STARTTLS when it offers it." };

    /// <summary>The sender option.</summary>
    public Option<string?> From { get; } = new("--from") { Description = "The e-mail's sender, e.g. \"Policy Unit <policy@example.org>\"." };

    /// <summary>The recipients option.</summary>
    public Option<string?> To { get; } = new("--to") { Description = "The e-mail's recipients, separated by commas." };

    /// <summary>The credentials file option.</summary>
    public Option<string?> CredentialsFile { get; } = new("--smtp-credentials-file") { Description = $"A file with the mail server's user name on its first line and password on its second (else {SmtpCredentials.UserVariable} and {SmtpCredentials.PasswordVariable})." };

    /// <summary>All of them, to add to the command.</summary>
    public IEnumerable<Option> All => [Smtp, From, To, CredentialsFile];

    /// <summary>
    /// The envelope to write into messages and, with <c>--smtp</c>, what sends each one; or a usage
    /// error. <paramref name="environment"/> reads the environment's credentials.
    /// </summary>
    public (MailEnvelope Envelope, Func<RenderedOutput, string?>? Deliver, string? Error) Read(ParseResult parse, IReadOnlyList<string> formats, Func<string, string?> environment)
    {
        var envelope = MailEnvelope.Parse(parse.GetValue(From), parse.GetValue(To), out var addressError);
        if (envelope is null)
        {
            return (MailEnvelope.None, null, addressError);
        }

        var credentialsFile = parse.GetValue(CredentialsFile);
        if (parse.GetValue(Smtp) is not { } server)
        {
            return credentialsFile is null ? (envelope, null, null) : (envelope, null, "--smtp-credentials-file is for sending: give --smtp HOST:PORT too");
        }

        if (!formats.Contains("eml"))
        {
            return (envelope, null, "--smtp sends the e-mail: render it with --format eml");
        }

        if (envelope.From is null || envelope.To.Count == 0)
        {
            return (envelope, null, "--smtp needs the sender (--from) and at least one recipient (--to)");
        }

        if (SmtpSender.ParseServer(server, out var serverError) is not { } address)
        {
            return (envelope, null, serverError);
        }

        var credentials = SmtpCredentials.Find(credentialsFile, environment, out var credentialsError);
        if (credentialsError is not null)
        {
            return (envelope, null, credentialsError);
        }

        var sender = new SmtpSender(address.Host, address.Port, credentials);
        return (envelope, output => Send(sender, output), null);
    }

    /// <summary>Sends one written message; a message from an undated paper is dated when it is sent.</summary>
    private static string? Send(SmtpSender sender, RenderedOutput output)
    {
        using var stream = new MemoryStream(output.Bytes.ToArray());
        var message = MimeMessage.Load(stream);
        if (!message.Headers.Contains(HeaderId.Date))
        {
            message.Date = DateTimeOffset.Now;
        }

        return sender.Send(message);
    }
}
