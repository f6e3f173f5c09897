using System.Text;
using BriefingGen.Rendering;

namespace BriefingGen.Html;

/// <summary>
/// The e-mail variant (<c>briefgen render --format html-email</c>): the HTML part of the message
/// <c>--format eml</c> writes, byte for byte — table layout, inline styles, 600 px wide, web-safe
/// fonts, pictures as cid: references that resolve inside the message.
/// </summary>
public sealed class HtmlEmailRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "html-email";

    /// <inheritdoc />
    public string Extension => ".email.html";

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output) => output.Write(Encoding.UTF8.GetBytes(Compose(input).Html));

    /// <summary>The e-mail body for <paramref name="input"/> and the pictures it refers to.</summary>
    public static EmailBody Compose(RenderInput input)
    {
        var context = HtmlRenderer.Context(input, HtmlFlavor.Email);
        var html = EmailDocument.Write(context);
        return new EmailBody(html, context.Images);
    }
}
