using BriefingGen.Rendering;

namespace BriefingGen.Html.Mail;

/// <summary>
/// <c>briefgen render --format eml</c>: the paper as an e-mail ready to send — the e-mail HTML and
/// its plain-text alternative, the pictures as related parts, and the PDF (made by
/// <paramref name="pdf"/>) attached. Addressed by <paramref name="envelope"/> when the command line
/// gives addresses. Same input, same bytes.
/// </summary>
/// <param name="pdf">The renderer of the attached PDF.</param>
/// <param name="envelope">The sender and recipients written into the headers.</param>
public sealed class EmlRenderer(IDocumentRenderer pdf, MailEnvelope envelope) : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "eml";

    /// <inheritdoc />
    public string Extension => ".eml";

    /// <summary>The PDF is laid out once with the page facts the engine worked out, as when it is written alone.</summary>
    public bool UsesPageMap => true;

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output)
    {
        using var attachment = new MemoryStream();
        pdf.Render(input, attachment);
        output.Write(MessageBuilder.Bytes(MessageBuilder.Build(input, attachment.ToArray(), envelope)));
    }
}
