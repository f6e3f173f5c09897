using System.Globalization;
using BriefingGen.Styling;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Reads looks back out of Word style definitions, as Word resolves them: a style's own
/// properties, then those of the styles it is based on, then the document defaults, with theme
/// fonts looked up in the theme. It is how a <c>reference.docx</c>'s house styles become the
/// stylesheet's looks, so the PDF follows them as Word does.
/// </summary>
internal sealed class WordStyleResolver(Styles styles, ReferenceDocument? reference)
{
    private const int MaxChain = 20;
    private readonly Dictionary<string, Style> _byId = styles.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary><paramref name="look"/> as the Word styles define its role; properties Word does not state keep the look's.</summary>
    public ParagraphLook Paragraph(ParagraphLook look)
    {
        var chain = Chain(StyleMap.For(look.Role).Id);
        if (chain.Count == 0)
        {
            return look;
        }

        var defaults = styles.DocDefaults;
        T? Run<T>(Func<StyleRunProperties, T?> own, Func<RunPropertiesBaseStyle, T?> fallback) where T : class =>
            chain.Select(s => s.StyleRunProperties is { } r ? own(r) : null).FirstOrDefault(v => v is not null)
            ?? (defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle is { } d ? fallback(d) : null);
        T? Para<T>(Func<StyleParagraphProperties, T?> own) where T : class =>
            chain.Select(s => s.StyleParagraphProperties is { } p ? own(p) : null).FirstOrDefault(v => v is not null);
        bool? Toggle(Func<StyleRunProperties, OnOffType?> get) =>
            chain.Select(s => s.StyleRunProperties is { } r ? get(r) : null).FirstOrDefault(v => v is not null) is { } t ? t.Val?.Value ?? true : null;
        bool? Flag(Func<StyleParagraphProperties, OnOffType?> get) =>
            chain.Select(s => s.StyleParagraphProperties is { } p ? get(p) : null).FirstOrDefault(v => v is not null) is { } t ? t.Val?.Value ?? true : null;

        var spacings = chain.Select(s => s.StyleParagraphProperties?.SpacingBetweenLines).OfType<SpacingBetweenLines>()
            .Append(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines).OfType<SpacingBetweenLines>().ToList();
        string? Spacing(Func<SpacingBetweenLines, string?> get) => spacings.Select(get).FirstOrDefault(v => v is not null);
        var lineRule = spacings.Select(s => s.LineRule?.Value).FirstOrDefault(v => v is not null);

        var font = Font(Run(r => r.RunFonts, d => d.RunFonts));
        var size = Run(r => r.FontSize?.Val?.Value, d => d.FontSize?.Val?.Value);
        var color = Run(r => r.Color?.Val?.Value, d => d.Color?.Val?.Value);
        var letterSpacing = chain.Select(s => s.StyleRunProperties?.Spacing?.Val?.Value).FirstOrDefault(v => v is not null);
        var underline = chain.Select(s => s.StyleRunProperties?.Underline?.Val?.Value).FirstOrDefault(v => v is not null);
        var line = Spacing(s => s.Line?.Value);
        var shading = Para(p => p.Shading);
        var borders = Para(p => p.ParagraphBorders);
        return look with
        {
            Text = look.Text with
            {
                Families = font is null ? look.Text.Families : [font, .. look.Text.Families.Where(f => !f.Equals(font, StringComparison.OrdinalIgnoreCase))],
                Size = size is not null && int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var halfPoints) && halfPoints is > 0 and < 3200 ? halfPoints / 2.0 : look.Text.Size,
                Color = color is { Length: 6 } && color != "auto" ? color.ToUpperInvariant() : look.Text.Color,
                Bold = Toggle(r => r.Bold) ?? look.Text.Bold,
                Italic = Toggle(r => r.Italic) ?? look.Text.Italic,
                Capitals = Toggle(r => r.Caps) ?? look.Text.Capitals,
                Underline = underline is { } u ? u != UnderlineValues.None : look.Text.Underline,
                LetterSpacing = letterSpacing is { } twips ? twips / 20.0 : look.Text.LetterSpacing,
            },
            SpaceBefore = Points(Spacing(s => s.Before?.Value)) ?? look.SpaceBefore,
            SpaceAfter = Points(Spacing(s => s.After?.Value)) ?? look.SpaceAfter,
            LineSpacing = line is not null && (lineRule is null || lineRule == LineSpacingRuleValues.Auto) && int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var twoForty) && twoForty is > 0 and < 2400 ? twoForty / 240.0 : look.LineSpacing,
            IndentLeft = Points(Para(p => p.Indentation?.Left?.Value)) ?? look.IndentLeft,
            IndentRight = Points(Para(p => p.Indentation?.Right?.Value)) ?? look.IndentRight,
            KeepWithNext = Flag(p => p.KeepNext) ?? look.KeepWithNext,
            KeepLines = Flag(p => p.KeepLines) ?? look.KeepLines,
            ContextualSpacing = Flag(p => p.ContextualSpacing) ?? look.ContextualSpacing,
            Alignment = Para(p => p.Justification?.Val?.InnerText) switch
            {
                "center" => ParagraphAlignment.Center,
                "right" or "end" => ParagraphAlignment.Right,
                "both" or "distribute" => ParagraphAlignment.Justify,
                "left" or "start" => ParagraphAlignment.Left,
                _ => look.Alignment,
            },
            Fill = shading is null ? look.Fill : shading.Val?.Value == ShadingPatternValues.Nil || shading.Fill?.Value is null or "auto" ? null : shading.Fill.Value.ToUpperInvariant(),
            BottomRule = borders is null ? look.BottomRule : Rule(borders.BottomBorder),
            LeftRule = borders is null ? look.LeftRule : Rule(borders.LeftBorder),
        };
    }

    /// <summary><paramref name="look"/> as the Word character style of its role sets it.</summary>
    public InlineLook Inline(InlineLook look)
    {
        if (!_byId.TryGetValue(StyleMap.For(look.Role).Id, out var style) || style.StyleRunProperties is not { } r)
        {
            return look;
        }

        var font = Font(r.RunFonts);
        return look with
        {
            Families = font is null ? look.Families : [font, .. look.Families ?? []],
            Size = r.FontSize?.Val?.Value is { } size && int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var halfPoints) && halfPoints > 0 ? halfPoints / 2.0 : look.Size,
            Color = r.Color?.Val?.Value is { Length: 6 } color && color != "auto" ? color.ToUpperInvariant() : look.Color,
            Bold = r.Bold is { } bold ? bold.Val?.Value ?? true : look.Bold,
            Italic = r.Italic is { } italic ? italic.Val?.Value ?? true : look.Italic,
            Underline = r.Underline?.Val?.Value is { } underline ? underline != UnderlineValues.None : look.Underline,
            Superscript = r.VerticalTextAlignment?.Val?.Value is { } position ? position == VerticalPositionValues.Superscript : look.Superscript,
        };
    }

    /// <summary>A style and the styles it is based on, nearest first; a loop in the chain ends it.</summary>
    private List<Style> Chain(string id)
    {
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var next = id; next is not null && chain.Count < MaxChain && seen.Add(next) && _byId.TryGetValue(next, out var style);)
        {
            chain.Add(style);
            next = style.BasedOn?.Val?.Value;
        }

        return chain;
    }

    /// <summary>The font a run's fonts name for Latin text, a theme font looked up in the reference's theme.</summary>
    private string? Font(RunFonts? fonts)
    {
        if (fonts is null)
        {
            return null;
        }

        if (fonts.Ascii?.Value is { Length: > 0 } ascii)
        {
            return ascii;
        }

        var theme = fonts.AsciiTheme?.Value;
        return theme == ThemeFontValues.MajorHighAnsi || theme == ThemeFontValues.MajorAscii ? reference?.MajorFont
            : theme == ThemeFontValues.MinorHighAnsi || theme == ThemeFontValues.MinorAscii ? reference?.MinorFont
            : null;
    }

    private static double? Points(string? twips) =>
        twips is not null && int.TryParse(twips, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= -31680 and <= 31680 ? value / 20.0 : null;

    private static RuleLook? Rule(BorderType? border) =>
        border is null || border.Val?.Value == BorderValues.Nil || border.Val?.Value == BorderValues.None
            ? null
            : new RuleLook((border.Size?.Value ?? 4) / 8.0, border.Color?.Value is { Length: 6 } c && c != "auto" ? c.ToUpperInvariant() : "000000", border.Space?.Value ?? 0);
}
