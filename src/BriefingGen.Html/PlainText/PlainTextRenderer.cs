using System.Text;
using BriefingGen.Rendering;

namespace BriefingGen.Html.PlainText;

/// <summary>
/// The e-mail's plain-text alternative (<c>briefgen render --format text</c>), for readers and
/// clients that show no HTML: headings underlined, lists with their markers, tables as labelled
/// rows, links as "text &lt;address&gt;", changes as "[Inserted: …]" and "[Deleted: …]", notes at
/// the end, lines wrapped at 72 characters.
/// </summary>
public sealed class PlainTextRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public string Extension => ".txt";

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output) => output.Write(Encoding.UTF8.GetBytes(Compose(input)));

    /// <summary>The text of <paramref name="input"/>'s document.</summary>
    public static string Compose(RenderInput input) =>
        new PlainTextWriter(input.Document, input.StyleSheet, input.ComponentRenderers.OfType<IPlainTextBlockRenderer>()).Write();
}
