using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace BriefingGen.Html.Mail;

/// <summary>
/// Sends messages to one mail server with MailKit: STARTTLS whenever the server offers it, the
/// user name and password only over an encrypted connection (or to this machine), and every
/// failure — a server that cannot be reached, refused credentials, a refused address — as one
/// sentence for the user instead of an exception.
/// </summary>
/// <param name="host">The server's name or address.</param>
/// <param name="port">Its port.</param>
/// <param name="credentials">The user name and password, or null to send without logging in.</param>
public sealed class SmtpSender(string host, int port, SmtpCredentials? credentials)
{
    /// <summary>How long to wait for the server at each step.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Parses <c>HOST:PORT</c> (an IPv6 address in brackets); null with <paramref name="error"/> when it is not that.</summary>
    public static (string Host, int Port)? ParseServer(string text, out string? error)
    {
        error = null;
        var colon = text.LastIndexOf(':');
        var host = colon > 0 ? text[..colon].Trim('[', ']') : "";
        if (colon <= 0 || host.Length == 0 || !int.TryParse(text[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            error = $"--smtp: expected HOST:PORT such as mail.example.org:587, got '{text}'";
            return null;
        }

        return (host, port);
    }

    /// <summary>Sends <paramref name="message"/> to its To recipients; null when the server took it, else why not.</summary>
    public string? Send(MimeMessage message)
    {
        var where = $"{host}:{port}";
        var sender = message.From.Mailboxes.FirstOrDefault();
        var recipients = message.To.Mailboxes.ToList();
        if (sender is null || recipients.Count == 0)
        {
            return "the message needs a sender (--from) and at least one recipient (--to)";
        }

        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            client.Connect(host, port, SecureSocketOptions.StartTlsWhenAvailable);
            if (credentials is not null)
            {
                if (!client.IsSecure && !IsLoopback(host))
                {
                    return $"the mail server at {where} does not offer STARTTLS; the password is not sent over an unencrypted connection";
                }

                if (!client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
                {
                    return $"the mail server at {where} does not accept logins; send without credentials";
                }

                client.Authenticate(credentials.User, credentials.Password);
            }

            client.Send(message, sender, recipients);
            client.Disconnect(quit: true);
            return null;
        }
        catch (AuthenticationException)
        {
            return $"the mail server at {where} refused the user name and password";
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
        {
            return $"the mail server at {where} refused the recipient {e.Mailbox?.Address}: {e.Message}";
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.SenderNotAccepted)
        {
            return $"the mail server at {where} refused the sender {e.Mailbox?.Address}: {e.Message}";
        }
        catch (Exception e) when (e is ServiceNotAuthenticatedException || (e is SmtpCommandException command && command.StatusCode == SmtpStatusCode.AuthenticationRequired))
        {
            return $"the mail server at {where} wants a login: give --smtp-credentials-file, or set {SmtpCredentials.UserVariable} and {SmtpCredentials.PasswordVariable}";
        }
        catch (SmtpCommandException e)
        {
            return $"the mail server at {where} refused the message: {e.Message}";
        }
        catch (SslHandshakeException)
        {
            return $"cannot set up an encrypted connection with the mail server at {where} (is its certificate trusted?)";
        }
        catch (SocketException e)
        {
            return $"cannot reach the mail server at {where}: {Describe(e)}";
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or TimeoutException or OperationCanceledException or ServiceNotConnectedException)
        {
            return $"the connection to the mail server at {where} failed: {e.Message}";
        }
    }

    private static string Describe(SocketException e) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "the connection was refused (is a mail server listening on that port?)",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "no such host",
        SocketError.TimedOut => "it did not answer in time",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "the network cannot reach it",
        _ => e.Message,
    };

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
