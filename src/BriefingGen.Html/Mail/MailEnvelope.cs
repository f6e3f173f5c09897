using MimeKit;

namespace BriefingGen.Html.Mail;

/// <summary>Who a message is from and to, as the command line gives them; written into the message's headers.</summary>
/// <param name="From">The sender, or null for a message not yet addressed.</param>
/// <param name="To">The recipients.</param>
public sealed record MailEnvelope(MailboxAddress? From, IReadOnlyList<MailboxAddress> To)
{
    /// <summary>A message with no addresses yet: a draft to send later.</summary>
    public static MailEnvelope None { get; } = new(null, []);

    /// <summary>
    /// The envelope from a sender and a comma-separated list of recipients, each a plain address or
    /// <c>Name &lt;address&gt;</c>; null with <paramref name="error"/> saying which one is wrong.
    /// </summary>
    public static MailEnvelope? Parse(string? from, string? to, out string? error)
    {
        error = null;
        MailboxAddress? sender = null;
        if (!string.IsNullOrWhiteSpace(from) && (sender = Address(from)) is null)
        {
            error = $"--from: '{from}' is not an e-mail address";
            return null;
        }

        var recipients = new List<MailboxAddress>();
        foreach (var item in (to ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Address(item) is not { } recipient)
            {
                error = $"--to: '{item}' is not an e-mail address";
                return null;
            }

            recipients.Add(recipient);
        }

        return new MailEnvelope(sender, recipients);
    }

    /// <summary>One mailbox with a local part and a domain, or null.</summary>
    private static MailboxAddress? Address(string text) =>
        MailboxAddress.TryParse(ParserOptions.Default, text.Trim(), out var address)
        && address.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < address.Address.Length - 1
        && !address.Address.Any(char.IsWhiteSpace)
            ? address
            : null;
}
