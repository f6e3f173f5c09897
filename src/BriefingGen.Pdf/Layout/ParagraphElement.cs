using BriefingGen.Pdf.Text.Hyphenation;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// A paragraph of styled text. It breaks into lines once per width, splits across pages between
/// lines with widow and orphan control (at least two lines at the foot and the head of a page, and
/// no page ending in a hyphenated word), and can stay whole, register a destination for links, and
/// add itself to the outline.
/// </summary>
internal sealed class ParagraphElement(IReadOnlyList<TextSpan> spans, TextLayouter layouter, TextStyle baseStyle) : Element
{
    /// <summary>How far left of the text a change bar stands, in points.</summary>
    private const double ChangeBarGap = 7;

    /// <summary>How thick a change bar is, in points.</summary>
    private const double ChangeBarWidth = 1.2;

    private const int MinimumLines = 2;

    /// <summary>A width no line of a paragraph reaches, points (about 35 m).</summary>
    private const double Unwrapped = 100_000;

    /// <summary>
    /// How many widths' lines are kept: a table cell is measured at a few widths while its
    /// columns are settled and then at its own, over and over as rows are placed on pages, and
    /// laying out a narrow cell again each time made wide tables slow.
    /// </summary>
    private const int KeptWidths = 4;

    private readonly List<(double Width, IReadOnlyList<TextLine> Lines)> _layouts = new(1);
    private int _next;
    private (string Target, StructureNode Tag)? _openLink;

    /// <summary>Alignment of the lines.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Line height as a multiple of the font's natural line height.</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>Left indent, points.</summary>
    public double Indent { get; init; }

    /// <summary>Right indent, points.</summary>
    public double IndentRight { get; init; }

    /// <summary>
    /// Keeps the lines on one page while they total at most this height, points (titles, headings);
    /// 0 lets them split. A paragraph taller than this splits like any other, so a runaway heading
    /// can never leave a page with nothing it is allowed to draw.
    /// </summary>
    public double KeepTogetherUpTo { get; init; }

    /// <summary>
    /// Hyphenates words that do not fit at a line's end by these patterns; null (headings, titles,
    /// labels, a language without patterns) breaks lines between words only.
    /// </summary>
    public Hyphenator? Hyphenator { get; init; }

    /// <summary>A destination name to register at the paragraph's top, or null.</summary>
    public string? Destination { get; init; }

    /// <summary>An outline entry (level and title) to add when the paragraph is drawn, or null.</summary>
    public (int Level, string Title)? OutlineEntry { get; init; }

    /// <summary>The widest of its lines when nothing wraps (only forced breaks end a line); not kept among the paragraph's widths.</summary>
    public override double NaturalWidth() =>
        layouter.Layout(spans, Unwrapped, LineSpacing, baseStyle).Select(l => l.Width).DefaultIfEmpty(0).Max() + Indent + IndentRight;

    /// <summary>The lines for <paramref name="width"/>, laid out once per width.</summary>
    public IReadOnlyList<TextLine> LinesFor(double width)
    {
        foreach (var (kept, lines) in _layouts)
        {
            if (Math.Abs(kept - width) <= 0.001)
            {
                return lines;
            }
        }

        if (_layouts.Count == KeptWidths)
        {
            _layouts.RemoveAt(0);
        }

        var laidOut = layouter.Layout(spans, Math.Max(1, width - Indent - IndentRight), LineSpacing, baseStyle, Hyphenator);
        _layouts.Add((width, laidOut));
        return laidOut;
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var lines = LinesFor(available.Width);
        var remaining = lines.Count - _next;
        if (remaining <= 0)
        {
            return SpacePlan.Empty;
        }

        var (fit, height) = Fit(lines, available.Height);
        if (fit == remaining)
        {
            return SpacePlan.Full(height);
        }

        if (fit == 0 || (KeepTogetherUpTo > 0 && lines.Skip(_next).Sum(l => l.Height) <= KeepTogetherUpTo))
        {
            return SpacePlan.Wrap;
        }

        // Orphans: a paragraph that starts at the foot of a page shows at least two lines there.
        if (_next == 0 && fit < Math.Min(MinimumLines, remaining))
        {
            return SpacePlan.Wrap;
        }

        // Widows: the last lines carried over are at least two.
        if (remaining - fit < MinimumLines)
        {
            fit = remaining - MinimumLines;
            if (fit <= 0 || (_next == 0 && fit < MinimumLines))
            {
                return SpacePlan.Wrap;
            }
        }

        // A page does not end in the first half of a hyphenated word, as TeX's \brokenpenalty
        // keeps it ("nuc-" at the foot, "lear" over the page): that line goes over too, unless the
        // paragraph would then leave fewer lines at the foot than the orphan rule asks.
        if (lines[_next + fit - 1].EndsHyphenated && fit - 1 >= (_next == 0 ? MinimumLines : 1))
        {
            fit--;
        }

        return SpacePlan.Partial(lines.Skip(_next).Take(fit).Sum(l => l.Height));
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var plan = Measure(area.Size);
        if (!plan.Draws)
        {
            return;
        }

        var lines = LinesFor(area.Width);
        if (_next == 0)
        {
            if (Destination is not null)
            {
                context.Canvas.AddDestination(Destination, area.Y);
            }

            if (OutlineEntry is { } entry && Destination is not null)
            {
                context.Canvas.AddOutlineEntry(entry.Level, entry.Title, Destination);
            }
        }

        var y = area.Y;
        var used = 0.0;
        while (_next < lines.Count && used + lines[_next].Height <= plan.Height + 0.01)
        {
            DrawLine(context, lines[_next], area.X + Indent, y, Math.Max(1, area.Width - Indent - IndentRight));
            y += lines[_next].Height;
            used += lines[_next].Height;
            _next++;
        }
    }

    private (int Count, double Height) Fit(IReadOnlyList<TextLine> lines, double height)
    {
        var used = 0.0;
        var count = 0;
        for (var i = _next; i < lines.Count && used + lines[i].Height <= height + 0.01; i++)
        {
            used += lines[i].Height;
            count++;
        }

        return (count, used);
    }

    /// <summary>A page number or count, shaped now that the page is known, in the room its figures were given.</summary>
    private void DrawField(DrawContext context, LinePiece piece, double x, double baseline)
    {
        var text = piece.Style.Field == PageField.Number
            ? context.PageLabel ?? "#"
            : context.CountLabel ?? (context.PageCount > 0 ? context.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : "#");
        var style = piece.Style with { Field = PageField.None };
        foreach (var shaped in layouter.Fonts.Pieces(text, style, piece.Link, isSpace: false))
        {
            DrawText(context.Canvas, new TextDraw(shaped.Run, shaped.GlyphStart, shaped.GlyphCount, style.GlyphSize, style.Color, x, baseline) { Bold = style.Bold, Italic = style.Italic, LetterSpacing = style.LetterSpacing, Language = style.Language }, piece.Link);
            x += shaped.Width;
        }
    }

    private void DrawLine(DrawContext context, TextLine line, double left, double top, double width)
    {
        var canvas = context.Canvas;
        var slack = Math.Max(0, width - line.Width);
        // The line's pieces are walked by index throughout: they are an interface, and drawing
        // runs for every line of every pass, where enumerators and LINQ allocated on each.
        var pieces = line.Pieces;
        var (spaces, revised) = (0, (LinePiece?)null);
        for (var i = 0; i < pieces.Count; i++)
        {
            spaces += pieces[i].IsSpace ? 1 : 0;
            revised ??= pieces[i].Style.Revised ? pieces[i] : null;
        }

        var stretch = Alignment == TextAlignment.Justify && !line.IsLast && spaces > 0 ? slack / spaces : 0;
        var x = Alignment switch
        {
            TextAlignment.Center => left + (slack / 2),
            TextAlignment.Right => left + slack,
            _ => left,
        };

        var baseline = top + line.BaselineOffset;
        (double X, double Width, string Target, string Text)? link = null;

        // Underlines are drawn after the text, so that a line's text stays one marked-content run.
        List<(double X1, double X2, double Y, double Width, string Color)>? underlines = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var advance = piece.Width + (piece.IsSpace ? stretch : 0);
            var shift = piece.Style.Superscript ? piece.Style.Size * 0.35 : 0;

            // One link area per run of pieces with the same target, not one per word.
            if (link is { } open && (piece.Link != open.Target))
            {
                canvas.AddLink(open.X, top, open.Width, line.Height, open.Target, open.Text, LinkTag(open.Target));
                link = null;
            }

            // The first pass draws no text; its links still count (they cite the page's notes).
            if (canvas.Draws && piece.Style.Field == PageField.None)
            {
                DrawText(canvas, new TextDraw(piece.Run, piece.GlyphStart, piece.GlyphCount, piece.Style.GlyphSize, piece.Style.Color, x, baseline - shift) { Bold = piece.Style.Bold, Italic = piece.Style.Italic, LetterSpacing = piece.Style.LetterSpacing, Language = piece.Style.Language }, piece.Link);
            }
            else if (canvas.Draws)
            {
                DrawField(context, piece, x, baseline - shift);
            }

            if (piece.Style.Underline)
            {
                (underlines ??= []).Add((x, x + advance, baseline + (piece.Style.Size * 0.12), piece.Style.Size * 0.05, piece.Style.Color));
            }

            if (piece.Style.StrikeThrough)
            {
                (underlines ??= []).Add((x, x + advance, baseline - (piece.Style.Size * 0.28), piece.Style.Size * 0.06, piece.Style.Color));
            }

            if (piece.Link is not null)
            {
                link = link is { } current ? current with { Width = current.Width + advance, Text = current.Text + piece.Characters } : (x, advance, piece.Link, piece.Characters);
            }

            x += advance;
        }

        if (link is { } last)
        {
            canvas.AddLink(last.X, top, last.Width, line.Height, last.Target, last.Text, LinkTag(last.Target));
        }

        // The space the line broke at belongs with the text before it, inside its link if it has one.
        var lastLink = pieces.Count > 0 ? pieces[^1].Link : null;
        var trailing = canvas.Draws ? line.Trailing : [];
        for (var i = 0; i < trailing.Count; i++)
        {
            var space = trailing[i];
            DrawText(canvas, new TextDraw(space.Run, space.GlyphStart, space.GlyphCount, space.Style.GlyphSize, space.Style.Color, x, baseline) { Bold = space.Style.Bold, Italic = space.Style.Italic, LetterSpacing = space.Style.LetterSpacing }, space.Link == lastLink ? lastLink : null);
            x += space.Width;
        }

        if (underlines is not null)
        {
            foreach (var (x1, x2, y, lineWidth, color) in underlines)
            {
                canvas.DrawLine(x1, y, x2, y, lineWidth, color);
            }
        }

        // A line with a tracked change gets a change bar in the margin, as printed redlines do.
        if (revised is not null)
        {
            canvas.DrawLine(left - ChangeBarGap, top, left - ChangeBarGap, top + line.Height, ChangeBarWidth, revised.Style.Color);
        }
    }

    /// <summary>Draws text; a link's text goes in its Link element, which the link's annotations join.</summary>
    private void DrawText(ICanvas canvas, TextDraw draw, string? link)
    {
        if (link is null)
        {
            // Text outside a link ends the link before it: a later link to the same address is a link of its own.
            _openLink = null;
            canvas.DrawText(draw);
            return;
        }

        canvas.BeginTag(LinkTag(link));
        canvas.DrawText(draw);
        canvas.EndTag();
    }

    /// <summary>
    /// The Link element of the link to <paramref name="target"/> being drawn: one element for all of
    /// a link's pieces, across lines, and a new one for the next link, even to the same address.
    /// </summary>
    private StructureNode LinkTag(string target)
    {
        if (_openLink is not { } open || open.Target != target)
        {
            _openLink = (target, new StructureNode("Link"));
        }

        return _openLink.Value.Tag;
    }
}
