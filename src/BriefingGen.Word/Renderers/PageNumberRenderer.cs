using DocumentFormat.OpenXml;
using PageNumber = BriefingGen.Model.PageNumber;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// The page number as a PAGE field, after the section's prefix ("A-"); Word formats it (1, iv, C)
/// from the section's page numbering. The stored result is a placeholder Word replaces on layout.
/// </summary>
internal sealed class PageNumberRenderer : WordInlineRenderer<PageNumber>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(PageNumber inline, WordRenderContext context, RunFormat format)
    {
        var numbering = context.Section.Numbering;
        if (numbering.Prefix.Length > 0)
        {
            yield return Runs.Create(numbering.Prefix, format);
        }

        yield return Fields.Simple(" PAGE ", numbering.Number(numbering.Restart ? numbering.Start : 1), format);
    }
}
