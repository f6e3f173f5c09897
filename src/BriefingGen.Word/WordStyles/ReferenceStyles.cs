using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Applies a pack's <c>reference.docx</c> the way Pandoc's <c>--reference-doc</c> does: its
/// document defaults and every style it defines replace ours by style id; styles it lacks keep the
/// theme's look. House fonts, colours and spacing thus come from a file the house already has.
/// Styles we bind to numbering (headings, lists, the contents heading) keep the paper's own numbering.
/// </summary>
internal static class ReferenceStyles
{
    /// <summary>Overlays the styles of <paramref name="reference"/> onto <paramref name="styles"/>.</summary>
    /// <param name="styles">Our style definitions.</param>
    /// <param name="reference">The checked reference document.</param>
    public static Styles Apply(Styles styles, ReferenceDocument reference)
    {
        if (reference.Defaults is { } defaults)
        {
            styles.DocDefaults?.Remove();
            styles.PrependChild((DocDefaults)defaults.CloneNode(true));
        }

        var ours = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        foreach (var style in reference.Styles)
        {
            var id = style.StyleId!.Value!;
            var copy = (Style)style.CloneNode(true);
            if (ours.TryGetValue(id, out var existing))
            {
                // Their heading's or list's look, our numbering: theirs was dropped when it was read.
                if (existing.StyleParagraphProperties?.NumberingProperties is { } numbering)
                {
                    // In w:style, pPr comes before rPr and the table properties.
                    var pPr = copy.StyleParagraphProperties;
                    if (pPr is null)
                    {
                        pPr = new StyleParagraphProperties();
                        var after = copy.ChildElements.FirstOrDefault(e => e is StyleRunProperties or StyleTableProperties or TableStyleConditionalFormattingTableRowProperties or StyleTableCellProperties or TableStyleProperties);
                        if (after is null)
                        {
                            copy.Append(pPr);
                        }
                        else
                        {
                            after.InsertBeforeSelf(pPr);
                        }
                    }

                    // numPr follows keepNext, keepLines, pageBreakBefore, framePr and widowControl in w:pPr.
                    var before = pPr.ChildElements.LastOrDefault(e => e is KeepNext or KeepLines or PageBreakBefore or FrameProperties or WidowControl);
                    if (before is null)
                    {
                        pPr.PrependChild((NumberingProperties)numbering.CloneNode(true));
                    }
                    else
                    {
                        before.InsertAfterSelf((NumberingProperties)numbering.CloneNode(true));
                    }
                }

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
