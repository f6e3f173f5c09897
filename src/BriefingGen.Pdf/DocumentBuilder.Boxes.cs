using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf;

/// <summary>Callouts, quotes, figures and the table of contents.</summary>
internal sealed partial class DocumentBuilder
{
    private Element Callout(Callout callout)
    {
        var look = _styles.Theme.CalloutFor(callout.Kind);
        var children = new List<Element>();
        if (callout.Title is not null)
        {
            children.Add(new ParagraphElement([new TextSpan(callout.Title, _styles.CalloutTitle)], _layouter, _styles.CalloutTitle) { SpaceAfter = 4, KeepWithNext = true, Tag = new StructureNode("P") });
        }

        var style = _styles.Body with { Color = look.Text };
        children.AddRange(Blocks(callout.Blocks, new Scope(style, SpaceAfter: 3)));
        return new BoxElement(new ColumnElement(children))
        {
            Padding = (12, 6, 10, 5),
            Fill = look.Fill,
            LeftRule = (3, look.Border ?? _styles.Theme.Colors.Accent),
            SpaceAfter = 9,
            Tag = new StructureNode("Div"),
        };
    }

    private BoxElement Quote(Quote quote, Scope scope)
    {
        var style = (scope.Style ?? _styles.Body) with { Italic = true, Color = _styles.Theme.Colors.Muted };
        return new BoxElement(new ColumnElement(Blocks(quote.Blocks, scope with { Style = style })))
        {
            Padding = (10, 0, 22.7, 0),
            LeftRule = (2.25, _styles.Theme.Colors.Accent),
            SpaceAfter = _styles.Theme.ParagraphSpacing,
            Tag = new StructureNode("BlockQuote"),
        };
    }

    private Element Figure(Figure figure)
    {
        var image = new ImageElement(figure.Image, _contentHeight * 0.8)
        {
            SpaceBefore = 6,
            SpaceAfter = 3,
            KeepWithNext = figure.Caption is not null,
            Tag = new StructureNode("Figure", figure.AltText),
        };
        if (figure.Caption is null)
        {
            return image;
        }

        var caption = new ParagraphElement([new TextSpan(figure.Caption, _styles.Caption)], _layouter, _styles.Caption) { Alignment = TextAlignment.Center, SpaceAfter = 10, Tag = new StructureNode("Caption") };
        return new ColumnElement([image, caption]) { SpaceAfter = 6 };
    }

    private ColumnElement TableOfContents(TableOfContents toc)
    {
        var heading = _styles.HeadingLevel(1);
        var entries = new List<Element> { new ParagraphElement([new TextSpan(toc.Title, heading)], _layouter, heading) { SpaceAfter = 8, KeepWithNext = true, Tag = new StructureNode("P") } };
        foreach (var h in HeadingNumbers.Headings(_document.Blocks).Where(h => h.Level <= toc.MaxLevel))
        {
            var style = h.Level == 1 ? _styles.Body with { Bold = true } : _styles.Body;
            var text = (_numbers.TryGetValue(h, out var number) ? number + "  " : "") + InlineText.Of(h.Content);
            var title = new ParagraphElement([new TextSpan(text, style)], _layouter, style) { Indent = (h.Level - 1) * 14.2 };
            entries.Add(new TocEntryElement(title, text, h.Id, _fonts, style) { SpaceAfter = 3, Tag = new StructureNode("TOCI") });
        }

        return new ColumnElement(entries) { SpaceAfter = 12, Tag = new StructureNode("TOC") };
    }
}
