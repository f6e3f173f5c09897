using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Applies a pack's <c>reference.docx</c> the way Pandoc's <c>--reference-doc</c> does: its
/// document defaults and every style it defines replace ours by style id; styles it lacks keep the
/// theme's look. House fonts, colours and spacing thus come from a file the house already has.
/// </summary>
internal static class ReferenceStyles
{
    /// <summary>Overlays the styles of <paramref name="referencePath"/> onto <paramref name="styles"/>.</summary>
    public static Styles Apply(Styles styles, string referencePath)
    {
        using var reference = WordprocessingDocument.Open(referencePath, isEditable: false);
        var theirs = reference.MainDocumentPart?.StyleDefinitionsPart?.Styles;
        if (theirs is null)
        {
            return styles;
        }

        if (theirs.DocDefaults is { } defaults)
        {
            styles.DocDefaults?.Remove();
            styles.PrependChild((DocDefaults)defaults.CloneNode(true));
        }

        var ours = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        foreach (var style in theirs.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null)
            {
                continue;
            }

            var copy = (Style)style.CloneNode(true);
            if (ours.TryGetValue(id, out var existing))
            {
                existing.InsertBeforeSelf(copy);
                existing.Remove();
            }
            else
            {
                styles.Append(copy);
            }
        }

        return styles;
    }
}
