using BriefingGen.Theming;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Builds the document's style sheet from the theme: real, named Word styles (Title, Heading 1–6,
/// List Bullet, Quote, Caption, TOC 1–3, Hyperlink…) so that the navigation pane, outline view
/// and style gallery work and a user can restyle the paper the usual way.
/// </summary>
internal static class StylesBuilder
{
    /// <summary>The style sheet for <paramref name="theme"/> in <paramref name="language"/>.</summary>
    /// <param name="theme">The look.</param>
    /// <param name="language">The document's culture, for spelling and hyphenation.</param>
    /// <param name="headingNumberingId">The numbering instance Heading 1–3 use, or null for unnumbered headings.</param>
    public static Styles Build(Theme theme, string language, int? headingNumberingId)
    {
        var c = theme.Colors;
        var body = theme.Fonts.Body[0];
        var heading = theme.Fonts.Heading[0];
        var mono = theme.Fonts.Mono[0];
        var lineSpacing = ((int)Math.Round(240 * theme.LineSpacing)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        double HeadingSize(int level) => theme.HeadingSizes[Math.Min(level - 1, theme.HeadingSizes.Count - 1)];

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(body),
                    new Color { Val = c.Text },
                    new FontSize { Val = Units.PtToHalfPoints(theme.BodySize) },
                    new FontSizeComplexScript { Val = Units.PtToHalfPoints(theme.BodySize) },
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = Twips(theme.ParagraphSpacing), Line = lineSpacing, LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            Paragraph(StyleIds.Normal, "Normal", null, primary: true, new StyleParagraphProperties(new WidowControl())),
            Paragraph(StyleIds.Title, "Title", StyleIds.Normal, primary: true,
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = Twips(4), Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                Fonts(heading), new Color { Val = c.Heading }, new Kern { Val = 28 }, Size(theme.TitleSize)),
            Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, primary: true,
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = Twips(14) }),
                Fonts(heading), new Color { Val = c.Muted }, Size(theme.BodySize + 3)),
            Paragraph(StyleIds.Meta, "Title Block", StyleIds.Normal, primary: false,
                new StyleParagraphProperties(
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 8, Color = c.Accent }),
                    new SpacingBetweenLines { After = Twips(18) },
                    new ContextualSpacing()),
                new Color { Val = c.Muted }, Size(theme.BodySize - 1)),
            Paragraph(StyleIds.Lead, "Lead", StyleIds.Normal, primary: false, null, Size(theme.BodySize + 1.5)));

        for (var level = 1; level <= 6; level++)
        {
            var before = level == 1 ? 18 : level == 2 ? 12 : 10;
            var pPr = new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = Twips(before), After = Twips(level == 1 ? 6 : 4) },
                new OutlineLevel { Val = level - 1 });
            if (headingNumberingId is { } numId && level <= 3)
            {
                pPr.InsertAfter(new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = numId }), pPr.GetFirstChild<KeepLines>());
            }

            if (level == 1)
            {
                pPr.InsertBefore(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 2, Color = c.TableBorder }), pPr.GetFirstChild<SpacingBetweenLines>());
            }

            styles.Append(Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, primary: true, pPr,
                Fonts(heading), new Bold(), new Color { Val = level == 3 ? c.Accent : c.Heading }, Size(level <= 3 ? HeadingSize(level) : theme.BodySize)));
            var style = (Style)styles.LastChild!;
            style.InsertAfter(new NextParagraphStyle { Val = StyleIds.Normal }, style.GetFirstChild<BasedOn>());
        }

        styles.Append(
            Paragraph(StyleIds.ListBullet, "List Bullet", StyleIds.Normal, primary: true, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(3) })),
            Paragraph(StyleIds.ListNumber, "List Number", StyleIds.Normal, primary: true, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(4) })),
            Paragraph(StyleIds.ListContinue, "List Continue", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(3) }, new Indentation { Left = "340" })),
            Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, primary: true,
                new StyleParagraphProperties(
                    new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = c.Accent }),
                    new Indentation { Left = "454", Right = "454" }),
                new Italic(), new Color { Val = c.Muted }),
            Paragraph(StyleIds.Caption, "caption", StyleIds.Normal, primary: true, new StyleParagraphProperties(new SpacingBetweenLines { Before = Twips(3), After = Twips(10) }),
                new Italic(), new Color { Val = c.Muted }, Size(theme.BodySize - 1.5)),
            Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                Size(theme.BodySize - 1.5)),
            Paragraph(StyleIds.TableHeading, "Table Heading", StyleIds.TableText, primary: false, new StyleParagraphProperties(new KeepNext()),
                new Bold(), new Color { Val = c.TableHeaderText }),
            Paragraph(StyleIds.MatrixText, "Matrix Text", StyleIds.TableText, primary: false, new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }), new Bold()),
            Paragraph(StyleIds.CalloutTitle, "Callout Title", StyleIds.Normal, primary: false, new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = Twips(2), After = Twips(4) }),
                Fonts(heading), new Bold(), new Color { Val = c.Heading }),
            Paragraph(StyleIds.CalloutText, "Callout Text", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(3) })),
            Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                Size(theme.BodySize - 2)),
            Paragraph(StyleIds.CodeBlock, "Code Block", StyleIds.Normal, primary: false,
                new StyleParagraphProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F4F7", Color = "auto" }, new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                Fonts(mono), Size(theme.BodySize - 1.5)),
            Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(1), primary: false, new StyleParagraphProperties(new OutlineLevel { Val = 9 })),
            Paragraph(StyleIds.Toc(1), "toc 1", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(3) }), new Bold()),
            Paragraph(StyleIds.Toc(2), "toc 2", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(2) }, new Indentation { Left = "284" })),
            Paragraph(StyleIds.Toc(3), "toc 3", StyleIds.Normal, primary: false, new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(2) }, new Indentation { Left = "567" })),
            Paragraph(StyleIds.Header, "header", StyleIds.Normal, primary: false, HeaderFooterProperties(theme), new Color { Val = c.Muted }, Size(theme.BodySize - 2)),
            Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, primary: false, HeaderFooterProperties(theme), new Color { Val = c.Muted }, Size(theme.BodySize - 2)),
            Paragraph(StyleIds.Banner, "Classification Banner", StyleIds.Normal, primary: false,
                new StyleParagraphProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Fill = c.BannerFill, Color = "auto" },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Center }),
                new Bold(), new Color { Val = c.BannerText }, new Spacing { Val = 20 }, Size(theme.BodySize - 1.5)),
            Character(StyleIds.Hyperlink, "Hyperlink", new Color { Val = c.Link }, new Underline { Val = UnderlineValues.Single }),
            Character(StyleIds.FootnoteReference, "footnote reference", new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            Character(StyleIds.Code, "Code", Fonts(mono), Size(theme.BodySize - 1)),
            TableStyle(c));
        return styles;
    }

    private static StyleParagraphProperties HeaderFooterProperties(Theme theme) =>
        new(
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = Units.MmToTwips(theme.Page.ContentWidthMm) }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });

    private static Style TableStyle(ColorSet c)
    {
        BorderType Rule<T>()
            where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = c.TableBorder };
        return new Style(
            new StyleName { Val = "Brief Table" },
            new UIPriority { Val = 40 },
            new StyleTableProperties(
                new TableBorders(Rule<TopBorder>(), Rule<BottomBorder>(), Rule<InsideHorizontalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "45", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "45", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = StyleIds.Table, CustomStyle = true };
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool primary, StyleParagraphProperties? pPr, params OpenXmlElement[] runProperties)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = IsCustom(id) ? true : null };
        if (id == StyleIds.Normal)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (primary)
        {
            style.Append(new PrimaryStyle());
        }

        if (pPr is not null)
        {
            style.Append(pPr);
        }

        if (runProperties.Length > 0)
        {
            style.Append(new StyleRunProperties(runProperties));
        }

        return style;
    }

    private static Style Character(string id, string name, params OpenXmlElement[] runProperties) =>
        new(new StyleName { Val = name }, new UIPriority { Val = 99 }, new StyleRunProperties(runProperties))
        { Type = StyleValues.Character, StyleId = id, CustomStyle = IsCustom(id) ? true : null };

    /// <summary>Styles Word does not have built in are marked custom, as Word itself does.</summary>
    private static bool IsCustom(string id) =>
        id is StyleIds.Meta or StyleIds.Lead or StyleIds.TableText or StyleIds.TableHeading or StyleIds.CalloutTitle
            or StyleIds.CalloutText or StyleIds.CodeBlock or StyleIds.Banner or StyleIds.Code or StyleIds.MatrixText or StyleIds.Table;

    private static RunFonts Fonts(string family) => new() { Ascii = family, HighAnsi = family, ComplexScript = family, EastAsia = family };

    private static FontSize Size(double pt) => new() { Val = Units.PtToHalfPoints(pt) };

    private static string Twips(double pt) => Units.PtToTwips(pt).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
