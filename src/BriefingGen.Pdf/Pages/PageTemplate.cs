using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Pages;

/// <summary>
/// The pages of one section: paper size, text area, and the furniture drawn on each page — the
/// classification banner at top and bottom, the running header and footer with the page's number
/// in the section's numbering, the header's logo — all marked as artifacts so that screen readers skip them.
/// </summary>
internal sealed class PageTemplate(Section section, PdfRenderContext context)
{
    private readonly Dictionary<(string Text, TextStyle Style), double> _widths = [];
    private readonly Dictionary<(string Text, TextStyle Style, double Width), string> _oneLines = [];
    private readonly Dictionary<TextStyle, double> _lineHeights = [];
    private readonly Dictionary<TextStyle, double> _baselines = [];

    /// <summary>The section.</summary>
    public Section Section => section;

    /// <summary>The page size in points.</summary>
    public Layout.Size PageSize => new(PdfStyles.Mm(section.Layout.WidthMm), PdfStyles.Mm(section.Layout.HeightMm));

    /// <summary>The least room between the body's last line (or footnote) and the footer's top, and between the header's foot and the body, in millimetres.</summary>
    private const double FooterGapMm = 4;

    private Area? _contentArea;

    /// <summary>
    /// Where the content goes on every page: inside the margins, and ending at least
    /// <see cref="FooterGapMm"/> above the footer, which a classification banner beneath it lifts
    /// into the bottom margin; without that the last footnote would touch the footer's line. It
    /// starts as far below a header that outgrows the top margin (<see cref="HeaderBottom"/>).
    /// </summary>
    public Area ContentArea => _contentArea ??= WorkOutContentArea();

    private Area WorkOutContentArea()
    {
        var page = section.Layout;
        var top = Math.Max(PdfStyles.Mm(page.MarginTopMm), HeaderBottom() + PdfStyles.Mm(FooterGapMm));
        var bottom = Math.Min(PageSize.Height - PdfStyles.Mm(page.MarginBottomMm), FooterTop() - PdfStyles.Mm(FooterGapMm));
        return new Area(PdfStyles.Mm(page.MarginLeftMm), top, PdfStyles.Mm(page.ContentWidthMm), bottom - top);
    }

    /// <summary>
    /// Where the header's furniture ends, from the top of the page, as <see cref="DrawFurniture"/>
    /// places it: a marking of several lines, or a tall logo, reaches below the top margin, and
    /// the body then starts below it, as Word moves the body down under a tall header.
    /// </summary>
    private double HeaderBottom()
    {
        var y = PdfStyles.Mm(section.Layout.HeaderDistanceMm);
        if (section.Metadata.Classification?.ToUpperInvariant() is { } classification)
        {
            y += BannerHeight(classification) + 6;
        }

        var header = context.Styles.ForRole(StyleRoles.Header);
        return section.Furniture.HeaderLogo is { } logo
            ? y + Math.Max(PdfStyles.Mm(logo.HeightMm), PdfStyles.Mm(logo.HeightMm) - Baseline(header) + LineHeight(header))
            : y + LineHeight(header);
    }

    /// <summary>Where the footer's line starts, from the top of the page, as <see cref="DrawFurniture"/> places it.</summary>
    private double FooterTop()
    {
        var bottom = PageSize.Height - PdfStyles.Mm(section.Layout.HeaderDistanceMm);
        if (section.Metadata.Classification?.ToUpperInvariant() is { } classification)
        {
            bottom -= BannerHeight(classification) + 6;
        }

        return bottom - LineHeight(context.Styles.ForRole(StyleRoles.Footer));
    }

    /// <summary>Draws the furniture of a page whose number prints as <paramref name="label"/>.</summary>
    public void DrawFurniture(DrawContext draw, string label)
    {
        draw.Canvas.BeginArtifact();
        if (section.Metadata.Watermark is { Length: > 0 } watermark)
        {
            WatermarkDrawing.Draw(draw.Canvas, watermark, PageSize, context);
        }

        var furniture = section.Furniture;
        var classification = section.Metadata.Classification?.ToUpperInvariant();
        var edge = PdfStyles.Mm(section.Layout.HeaderDistanceMm);
        var area = ContentArea;
        var y = edge;
        var count = draw.CountLabel ?? Math.Max(draw.PageCount, draw.PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (classification is not null)
        {
            y += Banner(draw, classification, new Area(area.X, y, area.Width, BannerHeight(classification))) + 6;
        }

        var header = context.Styles.ForRole(StyleRoles.Header);
        var (lineX, lineY, lineWidth) = (area.X, y, area.Width);
        if (furniture.HeaderLogo is { } logo)
        {
            (lineX, lineY, lineWidth) = DrawLogo(draw, logo, new Area(area.X, y, area.Width, PdfStyles.Mm(logo.HeightMm)), header);
        }

        Line(draw, Text(furniture.HeaderLeft, label, count), Text(furniture.HeaderRight, label, count), lineX, lineY, lineWidth, header);

        var footer = context.Styles.ForRole(StyleRoles.Footer);
        var bottom = PageSize.Height - edge;
        if (classification is not null)
        {
            var bannerHeight = BannerHeight(classification);
            Banner(draw, classification, new Area(area.X, bottom - bannerHeight, area.Width, bannerHeight));
            bottom -= bannerHeight + 6;
        }

        Line(draw, Text(furniture.FooterLeft, label, count), Text(furniture.FooterRight, label, count), area.X, bottom - LineHeight(footer), area.Width, footer);
        draw.Canvas.EndArtifact();
    }

    /// <summary>
    /// Draws the header logo at its side of <paramref name="area"/> (inside the page's artifact:
    /// running furniture, PDF/UA-1 7.8) and returns where the header's text line goes: beside the
    /// logo, with its baseline on the logo's foot, as Word sets text beside an inline picture.
    /// </summary>
    private (double X, double Y, double Width) DrawLogo(DrawContext draw, HeaderLogo logo, Area area, TextStyle style)
    {
        var (width, room) = LogoRoom(logo);
        var x = logo.Side == HeaderLogoSide.Left ? area.X : area.X + area.Width - width;
        draw.Canvas.DrawImage(logo.Image, x, area.Y, width, area.Height);
        var y = area.Y + area.Height - Baseline(style);
        return logo.Side == HeaderLogoSide.Left ? (area.X + room, y, area.Width - room) : (area.X, y, area.Width - room);
    }

    /// <summary>The logo's width and the width it takes from the header's line (its width and the gap), in points.</summary>
    private static (double Width, double Room) LogoRoom(HeaderLogo logo) =>
        (PdfStyles.Mm(logo.WidthMm), PdfStyles.Mm(logo.WidthMm + HeaderLogo.GapMm));

    private double Baseline(TextStyle style) =>
        Remember(_baselines, style, () => context.Layouter.Layout([new TextSpan("X", style)], 1000, 1.0, style)[0].BaselineOffset);

    /// <summary>
    /// The section's furniture with each left text that would not fit beside its right text (on
    /// the page with the widest number) shortened at a word boundary, so the other formats show the
    /// very text the PDF does. A text holding page fields changes from page to page and is left as it is.
    /// </summary>
    public PageFurniture FittedFurniture(string widestLabel, string count)
    {
        var furniture = section.Furniture;
        IReadOnlyList<Inline> Fit(IReadOnlyList<Inline> left, IReadOnlyList<Inline> right, TextStyle style, double width)
        {
            if (left.Count == 0 || left.Any(i => i is PageNumber or PageCount))
            {
                return left;
            }

            var text = Text(left, widestLabel, count);
            var fitted = OneLine(text, style, Room(Text(right, widestLabel, count), style, width));
            return fitted == text ? left : [new Model.Text(fitted) { Origin = left[0].Origin }];
        }

        return furniture with
        {
            HeaderLeft = Fit(furniture.HeaderLeft, furniture.HeaderRight, context.Styles.ForRole(StyleRoles.Header), ContentArea.Width - (furniture.HeaderLogo is { } logo ? LogoRoom(logo).Room : 0)),
            FooterLeft = Fit(furniture.FooterLeft, furniture.FooterRight, context.Styles.ForRole(StyleRoles.Footer), ContentArea.Width),
        };
    }

    /// <summary>A furniture text on one page: its page number and count filled in.</summary>
    private static string Text(IReadOnlyList<Inline> inlines, string label, string count) =>
        string.Concat(inlines.Select(i => i switch
        {
            PageNumber => label,
            PageCount => count,
            _ => i.PlainText,
        }));

    private double Banner(DrawContext draw, string text, Area area)
    {
        var box = Box(text);
        var plan = box.Measure(area.Size);
        box.Draw(draw, area with { Height = plan.Height });
        return plan.Height;
    }

    private double BannerHeight(string text) => Box(text).Measure(new Layout.Size(PdfStyles.Mm(section.Layout.ContentWidthMm), 1000)).Height;

    private BoxElement Box(string text)
    {
        var look = context.Styles.Look(StyleRoles.Banner);
        var style = PdfStyles.Text(look.Text);
        var paragraph = new ParagraphElement([new TextSpan(text, style)], context.Layouter, style) { Alignment = PdfRenderContext.Alignment(look.Alignment), LineSpacing = look.LineSpacing };
        var padding = context.Sheet.Banner.Padding;
        return new BoxElement(paragraph) { Padding = (padding.Left, padding.Top, padding.Right, padding.Bottom), Fill = look.Fill ?? context.Sheet.Banner.Fill };
    }

    private double LineHeight(TextStyle style) =>
        Remember(_lineHeights, style, () => new ParagraphElement([new TextSpan("X", style)], context.Layouter, style) { LineSpacing = 1.0 }.Measure(new Layout.Size(1000, 1000)).Height);

    /// <summary>
    /// One line of furniture: the right text whole, the left text in the room left beside it,
    /// shortened with an ellipsis when it would not fit, so the two never collide or wrap into the page.
    /// </summary>
    private void Line(DrawContext draw, string left, string right, double x, double y, double width, TextStyle style)
    {
        foreach (var (text, alignment) in new[] { (OneLine(left, style, Room(right, style, width)), TextAlignment.Left), (right, TextAlignment.Right) })
        {
            if (text.Length == 0)
            {
                continue;
            }

            var paragraph = new ParagraphElement([new TextSpan(text, style)], context.Layouter, style) { Alignment = alignment, LineSpacing = 1.0 };
            var plan = paragraph.Measure(new Layout.Size(width, 1000));
            paragraph.Draw(draw, new Area(x, y, width, plan.Height));
        }
    }

    /// <summary>The width left for the left text beside <paramref name="right"/>, with a gap between them.</summary>
    private double Room(string right, TextStyle style, double width) =>
        right.Length == 0 ? width : Math.Max(0, width - NaturalWidth(right, style) - 12);

    private double NaturalWidth(string text, TextStyle style) =>
        Remember(_widths, (text, style), () => context.Layouter.Layout([new TextSpan(text, style)], double.MaxValue, 1.0, style).Max(l => l.Width));

    /// <summary>
    /// A value worked out once per section: every page draws the same furniture but for its
    /// number, and measuring it afresh on each of hundreds of pages cost more than their text.
    /// </summary>
    private static TValue Remember<TKey, TValue>(Dictionary<TKey, TValue> memo, TKey key, Func<TValue> work)
        where TKey : notnull
    {
        if (!memo.TryGetValue(key, out var value))
        {
            value = work();
            memo[key] = value;
        }

        return value;
    }

    /// <summary>
    /// <paramref name="text"/> shortened, with an ellipsis, to the most whole words that fit in
    /// <paramref name="width"/>; a first word that alone does not fit is cut where it must be.
    /// </summary>
    private string OneLine(string text, TextStyle style, double width) =>
        Remember(_oneLines, (text, style, width), () => Shorten(text, style, width));

    private string Shorten(string text, TextStyle style, double width)
    {
        if (text.Length == 0 || NaturalWidth(text, style) <= width)
        {
            return text;
        }

        var (fits, fails) = (0, text.Length);
        while (fails - fits > 1)
        {
            var middle = (fits + fails) / 2;
            (fits, fails) = NaturalWidth(Shortened(text, middle), style) <= width ? (middle, fails) : (fits, middle);
        }

        if (fits == 0)
        {
            return "";
        }

        var wordEnd = text.LastIndexOf(' ', fits);
        return Shortened(text, wordEnd > 0 && text[..wordEnd].Trim().Length > 0 ? wordEnd : fits);
    }

    private static string Shortened(string text, int length)
    {
        // Never cut a surrogate pair in two.
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length].TrimEnd(' ', ',', ';', ':', '–', '—', '-') + "…";
    }
}
