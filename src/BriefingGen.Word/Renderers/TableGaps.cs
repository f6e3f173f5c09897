using BriefingGen.Styling;
using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// Turns the gap a table asked for below it (<see cref="TableParts.Spacer"/>) into space before
/// the paragraph that follows, so the text holds no empty paragraphs: each would be an extra stop
/// for the cursor, a blank line when the user restyles, and a stray line at the top of a page. Word
/// adds the space after one block to the space before the next, as the PDF engine does, so the
/// gap is added to the paragraph's own space before. A spacer stays a paragraph only where Word
/// needs one: before another table, at the end of a cell or the body, or holding a section's properties.
/// </summary>
internal static class TableGaps
{
    /// <summary>Closes the gaps under <paramref name="root"/>, reading the paragraphs' own space before from <paramref name="sheet"/>.</summary>
    public static void Close(OpenXmlElement root, StyleSheet sheet)
    {
        var spaceBefore = sheet.Paragraphs.Values
            .GroupBy(look => StyleMap.For(look.Role).Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Units.PtToTwips(g.First().SpaceBefore), StringComparer.Ordinal);
        foreach (var spacer in root.Descendants<Paragraph>().ToList())
        {
            if (!TableParts.IsSpacer(spacer, out var gap)
                || spacer.ParagraphProperties?.SectionProperties is not null
                || spacer.NextSibling() is not Paragraph next)
            {
                continue;
            }

            var properties = next.ParagraphProperties ?? next.PrependChild(new ParagraphProperties());
            var spacing = properties.SpacingBetweenLines ??= new SpacingBetweenLines();
            var own = spacing.Before?.Value is { } before
                ? int.Parse(before, System.Globalization.CultureInfo.InvariantCulture)
                : spaceBefore.GetValueOrDefault(properties.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal);
            spacing.Before = (own + gap).ToString(System.Globalization.CultureInfo.InvariantCulture);
            spacer.Remove();
        }
    }
}
