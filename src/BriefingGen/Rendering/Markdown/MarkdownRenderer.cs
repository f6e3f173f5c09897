using System.Text;

namespace BriefingGen.Rendering.Markdown;

/// <summary>
/// The paper as Markdown (<c>briefgen render --format md</c>): what the templates made, readable and
/// diffable, for template authors and for the golden tests. Roles, callouts and ids use the same
/// syntax templates write.
/// </summary>
public sealed class MarkdownRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string Extension => ".md";

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output)
    {
        var writer = new MarkdownWriter(input.ComponentRenderers.OfType<IMarkdownBlockRenderer>());
        writer.WriteDocument(input.Document);
        output.Write(Encoding.UTF8.GetBytes(writer.ToString()));
    }
}
