using System.Globalization;
using BriefingGen.Styling;
using BriefingGen.Typography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Converts the stylesheet into Word's style definitions: real, named Word styles (Title, Heading
/// 1–6, List Bullet, Quote, Caption, TOC 1–3, Hyperlink…) so the navigation pane, outline view and
/// style gallery work and a user can restyle the paper the usual way. Each style records only what
/// differs from the style it is based on, as Word's own do, so changing Normal's font changes
/// every style that inherits it. Nothing here decides a look: that is the stylesheet's job.
/// </summary>
internal static class StylesBuilder
{
    /// <summary>The style definitions for <paramref name="sheet"/> in <paramref name="language"/>.</summary>
    /// <param name="sheet">The looks.</param>
    /// <param name="language">The document's culture, for spelling and hyphenation.</param>
    /// <param name="numbering">The numbering instances the heading and list styles are bound to.</param>
    public static Styles Build(StyleSheet sheet, string language, StyleNumbering numbering)
    {
        var body = sheet.Paragraph(StyleRoles.Body);
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(body.Text.Families[0]),
                    new Color { Val = body.Text.Color },
                    new FontSize { Val = Units.PtToHalfPoints(body.Text.Size) },
                    new FontSizeComplexScript { Val = Units.PtToHalfPoints(body.Text.Size) },
                    Languages(language))),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = Twips(body.SpaceAfter), Line = Line(body.LineSpacing), LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle(StyleMap.For(StyleRoles.Body), null, new StyleParagraphProperties(new WidowControl()), null));
        foreach (var look in sheet.Paragraphs.Values.Where(l => l.Role != StyleRoles.Body).OrderBy(l => Order(l.Role)).ThenBy(l => l.Role, StringComparer.Ordinal))
        {
            var basis = sheet.Paragraph(look.BasedOn ?? StyleRoles.Body);
            var style = ParagraphStyle(StyleMap.For(look.Role), StyleMap.For(basis.Role).Id, ParagraphProperties(look, basis, numbering), RunProperties(look.Text, basis.Text));
            if (look.OutlineLevel > 0)
            {
                style.InsertAfter(new NextParagraphStyle { Val = StyleIds.Normal }, style.GetFirstChild<BasedOn>());
            }

            if (look.Role == StyleRoles.Title)
            {
                // Word tightens the letter pairs of large display text from 14 pt up.
                var run = style.GetFirstChild<StyleRunProperties>() ?? style.AppendChild(new StyleRunProperties());
                run.InsertBefore(new Kern { Val = 28 }, run.GetFirstChild<FontSize>());
            }

            styles.Append(style);
        }

        foreach (var look in sheet.Inlines.Values.OrderBy(l => l.Role, StringComparer.Ordinal))
        {
            styles.Append(CharacterStyle(StyleMap.For(look.Role), look));
        }

        styles.Append(TableStyleBuilder.Build(sheet));
        return styles;
    }

    /// <summary>Roles in the order Word users expect to meet them in the gallery and the style pane.</summary>
    private static int Order(string role) => role switch
    {
        StyleRoles.Title => 0,
        StyleRoles.Subtitle => 1,
        _ when role.StartsWith("heading-", StringComparison.Ordinal) => 2,
        _ => 3,
    };

    private static StyleParagraphProperties? ParagraphProperties(ParagraphLook look, ParagraphLook basis, StyleNumbering numbering)
    {
        // Children in the schema's order (CT_PPrBase): keepNext, keepLines, numPr, pBdr, shd, suppressAutoHyphens, spacing, ind, contextualSpacing, jc, outlineLvl.
        var pPr = new StyleParagraphProperties();
        if (look.KeepWithNext != basis.KeepWithNext)
        {
            pPr.Append(new KeepNext { Val = look.KeepWithNext ? null : false });
        }

        if (look.KeepLines != basis.KeepLines)
        {
            pPr.Append(new KeepLines { Val = look.KeepLines ? null : false });
        }

        if (Numbering(look, basis, numbering) is { } numPr)
        {
            pPr.Append(numPr);
        }

        if (look.LeftRule != basis.LeftRule || look.BottomRule != basis.BottomRule)
        {
            var borders = new ParagraphBorders();
            if (look.LeftRule != basis.LeftRule)
            {
                borders.Append(Border<LeftBorder>(look.LeftRule));
            }

            if (look.BottomRule != basis.BottomRule)
            {
                borders.Append(Border<BottomBorder>(look.BottomRule));
            }

            pPr.Append(borders);
        }

        if (look.Fill != basis.Fill)
        {
            pPr.Append(new Shading { Val = look.Fill is null ? ShadingPatternValues.Nil : ShadingPatternValues.Clear, Fill = look.Fill ?? "auto", Color = "auto" });
        }

        if (look.Hyphenate != basis.Hyphenate)
        {
            // Headings and titles are not hyphenated, in Word as in the PDF.
            pPr.Append(new SuppressAutoHyphens { Val = look.Hyphenate ? false : null });
        }

        if (look.SpaceBefore != basis.SpaceBefore || look.SpaceAfter != basis.SpaceAfter || look.LineSpacing != basis.LineSpacing)
        {
            var spacing = new SpacingBetweenLines();
            if (look.SpaceBefore != basis.SpaceBefore)
            {
                spacing.Before = Twips(look.SpaceBefore);
            }

            if (look.SpaceAfter != basis.SpaceAfter)
            {
                spacing.After = Twips(look.SpaceAfter);
            }

            if (look.LineSpacing != basis.LineSpacing)
            {
                spacing.Line = Line(look.LineSpacing);
                spacing.LineRule = LineSpacingRuleValues.Auto;
            }

            pPr.Append(spacing);
        }

        if (look.IndentLeft != basis.IndentLeft || look.IndentRight != basis.IndentRight)
        {
            pPr.Append(new Indentation { Left = Twips(look.IndentLeft), Right = Twips(look.IndentRight) });
        }

        if (look.ContextualSpacing != basis.ContextualSpacing)
        {
            pPr.Append(new ContextualSpacing { Val = look.ContextualSpacing ? null : false });
        }

        if (look.Alignment != basis.Alignment)
        {
            pPr.Append(new Justification { Val = Justification(look.Alignment) });
        }

        if (look.OutlineLevel != basis.OutlineLevel)
        {
            // Word counts outline levels from 0; 9 is body text, which keeps a role out of the contents.
            pPr.Append(new OutlineLevel { Val = look.OutlineLevel == 0 ? 9 : look.OutlineLevel - 1 });
        }

        return pPr.HasChildren ? pPr : null;
    }

    /// <summary>
    /// The numbering a style carries: Heading 1–3 their level of the heading numbering, List Bullet
    /// and List Number the first level of their lists (a list paragraph's own numbering sets its
    /// level), and a style based on a numbered heading, such as the contents heading, numbering
    /// switched off (numId 0), so it does not take a number and renumber the headings after it.
    /// </summary>
    private static NumberingProperties? Numbering(ParagraphLook look, ParagraphLook basis, StyleNumbering numbering)
    {
        static NumberingProperties Level(int level, int numId) => new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
        if (look.OutlineLevel is >= 1 and <= 3 && numbering.Headings is { } headings)
        {
            return Level(look.OutlineLevel - 1, headings);
        }

        if (look.OutlineLevel == 0 && basis.OutlineLevel > 0)
        {
            return Level(0, 0);
        }

        return look.Role switch
        {
            StyleRoles.ListBullet => Level(0, numbering.Bullets),
            StyleRoles.ListNumber => Level(0, numbering.Numbers),
            _ => null,
        };
    }

    /// <summary>Run properties that differ from <paramref name="basis"/>, in the schema's order.</summary>
    private static StyleRunProperties? RunProperties(TextLook look, TextLook basis)
    {
        var rPr = new StyleRunProperties();
        if (!look.Families.SequenceEqual(basis.Families))
        {
            rPr.Append(Fonts(look.Families[0]));
        }

        if (look.Bold != basis.Bold)
        {
            rPr.Append(Toggles.Bold(look.Bold));
        }

        if (look.Italic != basis.Italic)
        {
            rPr.Append(Toggles.Italic(look.Italic));
        }

        if (look.Capitals != basis.Capitals)
        {
            rPr.Append(new Caps { Val = look.Capitals });
        }

        if (look.Color != basis.Color)
        {
            rPr.Append(new Color { Val = look.Color });
        }

        if (look.LetterSpacing != basis.LetterSpacing)
        {
            rPr.Append(new Spacing { Val = Units.PtToTwips(look.LetterSpacing) });
        }

        if (look.Size != basis.Size)
        {
            rPr.Append(new FontSize { Val = Units.PtToHalfPoints(look.Size) }, new FontSizeComplexScript { Val = Units.PtToHalfPoints(look.Size) });
        }

        if (look.Underline != basis.Underline)
        {
            rPr.Append(new Underline { Val = look.Underline ? UnderlineValues.Single : UnderlineValues.None });
        }

        if (look.Superscript != basis.Superscript)
        {
            rPr.Append(new VerticalTextAlignment { Val = look.Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Baseline });
        }

        return rPr.HasChildren ? rPr : null;
    }

    private static Style ParagraphStyle(WordStyle word, string? basedOn, StyleParagraphProperties? pPr, StyleRunProperties? rPr)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = word.Id, CustomStyle = word.Custom ? true : null };
        if (word.Id == StyleIds.Normal)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = word.Name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (word.Primary)
        {
            style.Append(new PrimaryStyle());
        }

        if (pPr is not null)
        {
            style.Append(pPr);
        }

        if (rPr is not null)
        {
            style.Append(rPr);
        }

        return style;
    }

    private static Style CharacterStyle(WordStyle word, InlineLook look)
    {
        var rPr = new StyleRunProperties();
        if (look.Families is { } families)
        {
            rPr.Append(Fonts(families[0]));
        }

        if (look.Bold is { } bold)
        {
            rPr.Append(Toggles.Bold(bold));
        }

        if (look.Italic is { } italic)
        {
            rPr.Append(Toggles.Italic(italic));
        }

        if (look.Color is { } color)
        {
            rPr.Append(new Color { Val = color });
        }

        if (look.Size is { } size)
        {
            rPr.Append(new FontSize { Val = Units.PtToHalfPoints(size) }, new FontSizeComplexScript { Val = Units.PtToHalfPoints(size) });
        }

        if (look.Underline is { } underline)
        {
            rPr.Append(new Underline { Val = underline ? UnderlineValues.Single : UnderlineValues.None });
        }

        if (look.Superscript is { } superscript)
        {
            rPr.Append(new VerticalTextAlignment { Val = superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Baseline });
        }

        var style = new Style(new StyleName { Val = word.Name }, new UIPriority { Val = 99 })
        { Type = StyleValues.Character, StyleId = word.Id, CustomStyle = word.Custom ? true : null };
        if (word.Primary)
        {
            style.Append(new PrimaryStyle());
        }

        style.Append(rPr);
        return style;
    }

    private static T Border<T>(RuleLook? rule)
        where T : BorderType, new() => rule is null
        ? new T { Val = BorderValues.Nil }
        : new T { Val = BorderValues.Single, Size = Eighths(rule.Width), Space = (uint)Math.Round(rule.Space), Color = rule.Color };

    /// <summary>The Word alignment of <paramref name="alignment"/>.</summary>
    internal static JustificationValues Justification(ParagraphAlignment alignment) => alignment switch
    {
        ParagraphAlignment.Center => JustificationValues.Center,
        ParagraphAlignment.Right => JustificationValues.Right,
        ParagraphAlignment.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    /// <summary>The paper's language in the slot of its script, and for the other two slots the language their text most likely is.</summary>
    private static Languages Languages(string language)
    {
        var (western, eastAsian, complex) = Scripts.SlotLanguages(CultureInfo.GetCultureInfo(language));
        return new Languages { Val = western, EastAsia = eastAsian, Bidi = complex };
    }

    private static RunFonts Fonts(string family) => new() { Ascii = family, HighAnsi = family, ComplexScript = family, EastAsia = family };

    private static string Twips(double pt) => Units.PtToTwips(pt).ToString(CultureInfo.InvariantCulture);

    /// <summary>Line spacing as Word stores "auto" spacing: 240ths of a single line.</summary>
    private static string Line(double multiple) => ((int)Math.Round(240 * multiple)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Border widths are stored in eighths of a point.</summary>
    private static UInt32Value Eighths(double pt) => (uint)Math.Max(2, Math.Round(pt * 8));
}
