using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf;

/// <summary>
/// The page loop: on each page it draws the running header and footer (classification banners,
/// furniture texts with page numbers) and as much of the content as fits in the text area,
/// until the content is fully drawn.
/// </summary>
internal sealed class PageComposer(Document document, PdfStyles styles, FontBook fonts)
{
    private readonly TextLayouter _layouter = new(fonts);

    /// <summary>The page size in points.</summary>
    public Size PageSize => new(PdfStyles.Mm(styles.Theme.Page.WidthMm), PdfStyles.Mm(styles.Theme.Page.HeightMm));

    /// <summary>Where the content goes on every page.</summary>
    public Area ContentArea
    {
        get
        {
            var page = styles.Theme.Page;
            var top = PdfStyles.Mm(page.MarginTop);
            var left = PdfStyles.Mm(page.MarginLeft);
            return new Area(left, top, PdfStyles.Mm(page.ContentWidthMm), PageSize.Height - top - PdfStyles.Mm(page.MarginBottom));
        }
    }

    /// <summary>Lays <paramref name="content"/> out page by page onto <paramref name="canvas"/>; returns the number of pages.</summary>
    public int Compose(Element content, ICanvas canvas, int pageCount, Func<string, int?> pageOf) =>
        Paginator.Paginate(content, canvas, PageSize, ContentArea, pageCount, pageOf, context => DrawFurniture(context, context.PageNumber, pageCount));

    /// <summary>The running header and footer, marked as artifacts so that screen readers skip them.</summary>
    private void DrawFurniture(DrawContext context, int page, int pageCount)
    {
        context.Canvas.BeginArtifact();
        DrawRunningText(context, page, pageCount);
        context.Canvas.EndArtifact();
    }

    private void DrawRunningText(DrawContext context, int page, int pageCount)
    {
        var furniture = document.Furniture;
        var classification = document.Metadata.Classification?.ToUpperInvariant();
        var edge = PdfStyles.Mm(styles.Theme.Page.HeaderDistance);
        var area = ContentArea;
        var y = edge;
        if (classification is not null)
        {
            y += Banner(context, classification, new Area(area.X, y, area.Width, 40)) + 6;
        }

        Line(context, Fill(furniture.HeaderLeft, page, pageCount), Fill(furniture.HeaderRight, page, pageCount), area.X, y, area.Width);

        var footerStyle = styles.Furniture;
        var bannerHeight = classification is null ? 0 : BannerHeight(classification);
        var lineHeight = LineHeight(footerStyle);
        var bottom = PageSize.Height - edge;
        if (classification is not null)
        {
            Banner(context, classification, new Area(area.X, bottom - bannerHeight, area.Width, bannerHeight));
            bottom -= bannerHeight + 6;
        }

        Line(context, Fill(furniture.FooterLeft, page, pageCount), Fill(furniture.FooterRight, page, pageCount), area.X, bottom - lineHeight, area.Width);
    }

    private double Banner(DrawContext context, string text, Area area)
    {
        var style = styles.Banner;
        var paragraph = new ParagraphElement([new TextSpan(text, style)], _layouter, style) { Alignment = TextAlignment.Center, LineSpacing = 1.0 };
        var box = new BoxElement(paragraph) { Padding = (4, 1.5, 4, 1.5), Fill = styles.Theme.Colors.BannerFill };
        var plan = box.Measure(area.Size);
        box.Draw(context, area with { Height = plan.Height });
        return plan.Height;
    }

    private double BannerHeight(string text)
    {
        var style = styles.Banner;
        var paragraph = new ParagraphElement([new TextSpan(text, style)], _layouter, style) { LineSpacing = 1.0 };
        return paragraph.Measure(new Size(ContentArea.Width, 1000)).Height + 3;
    }

    private double LineHeight(TextStyle style) =>
        new ParagraphElement([new TextSpan("X", style)], _layouter, style) { LineSpacing = 1.0 }.Measure(new Size(1000, 1000)).Height;

    /// <summary>
    /// One line of furniture: the right text whole, the left text in the room left beside it,
    /// shortened with an ellipsis when it would not fit, so the two never collide or wrap into the page.
    /// </summary>
    private void Line(DrawContext context, string left, string right, double x, double y, double width)
    {
        var style = styles.Furniture;
        var rightWidth = right.Length == 0 ? 0 : NaturalWidth(right, style);
        var room = Math.Max(0, width - rightWidth - (right.Length == 0 ? 0 : 12));
        foreach (var (text, alignment) in new[] { (OneLine(left, style, room), TextAlignment.Left), (right, TextAlignment.Right) })
        {
            if (text.Length == 0)
            {
                continue;
            }

            var paragraph = new ParagraphElement([new TextSpan(text, style)], _layouter, style) { Alignment = alignment, LineSpacing = 1.0 };
            var plan = paragraph.Measure(new Size(width, 1000));
            paragraph.Draw(context, new Area(x, y, width, plan.Height));
        }
    }

    private double NaturalWidth(string text, TextStyle style) =>
        _layouter.Layout([new TextSpan(text, style)], double.MaxValue, 1.0, style).Max(l => l.Width);

    /// <summary>The longest start of <paramref name="text"/> that, with an ellipsis, fits in <paramref name="width"/>.</summary>
    private string OneLine(string text, TextStyle style, double width)
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

        return fits == 0 ? "" : Shortened(text, fits);
    }

    private static string Shortened(string text, int length)
    {
        // Never cut a surrogate pair in two.
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length].TrimEnd() + "\u2026";
    }

    private static string Fill(string text, int page, int pageCount) =>
        text.Replace(PageFurniture.PagePlaceholder, page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(PageFurniture.PagesPlaceholder, Math.Max(pageCount, page).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
