using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Renderers;

namespace BriefingGen.Pdf.Pages;

/// <summary>
/// Footnotes at the foot of the page that cites them, as Word sets them: under a short rule (a
/// full-width one where a note continues from the page before), in the order of their marks. A note
/// that does not fit goes on at the next page's foot, before the notes that page cites. The room
/// each page keeps free comes from the pass before (<paramref name="reserves"/>); what each page
/// would have needed is noted in <see cref="Needed"/> for the next, so that the line citing a note
/// and the note's first lines share a page.
/// </summary>
/// <param name="context">The pass's render context, which collected the notes.</param>
/// <param name="reserves">The room to keep free at the foot of each document page, points.</param>
internal sealed class PageFootnotes(PdfRenderContext context, IReadOnlyDictionary<int, double> reserves) : IPageFoot
{
    /// <summary>The length of the rule above the notes that start on a page, as Word's separator.</summary>
    private const double ShortRule = 144;

    private const double RuleWidth = 0.5;

    /// <summary>Space from the text above to the rule, and from the rule to the first note, points.</summary>
    private const double Above = 9;
    private const double Below = 4;

    private readonly List<int> _cited = [];
    private readonly List<(int Number, Element Note)> _pending = [];
    private readonly HashSet<int> _met = [];
    private readonly HashSet<int> _started = [];

    /// <summary>The height the separator and its space take, points.</summary>
    public static double Separator => Above + RuleWidth + Below;

    /// <summary>The room each page that cites notes would need at its foot, by document page number.</summary>
    public Dictionary<int, double> Needed { get; } = [];

    /// <inheritdoc />
    public bool Pending => _pending.Count > 0;

    /// <inheritdoc />
    public double Reserve(int page) => reserves.TryGetValue(page, out var reserve) ? reserve : 0;

    /// <inheritdoc />
    public DrawContext Watch(DrawContext context) => context with { Canvas = new CitationCanvas(context.Canvas, Footnotes.LinkPrefix, _cited) };

    /// <inheritdoc />
    public void Draw(DrawContext draw, Area area, double contentHeight)
    {
        var fresh = _cited.Distinct().Order().Where(n => n >= 1 && n <= context.Notes.Count && _met.Add(n)).Select(n => (n, Footnotes.Build(context, n))).ToList();
        _cited.Clear();
        var carried = _pending.Count;
        _pending.AddRange(fresh);
        if (_pending.Count == 0)
        {
            return;
        }

        // A note carried over wants its room on this page too, before the text, as in Word; no
        // page gives its notes more than half its height.
        Needed[draw.PageNumber] = Math.Min(area.Height / 2, Separator + Wanted(area.Width, carried));

        // What fits, measured first, so that the notes sit at the foot of the page as in Word.
        var room = area.Height - contentHeight - Separator;
        var plans = new List<SpacePlan>();
        foreach (var (_, note) in _pending)
        {
            var gap = plans.Any(p => p.Draws) ? Footnotes.Spacing : 0;
            var plan = note.Measure(new Size(area.Width, Math.Max(0, room - gap)));
            if (plan.Kind != SpacePlanKind.Empty && !plan.Draws)
            {
                break;
            }

            plans.Add(plan);
            room -= plan.Draws ? gap + plan.Height : 0;
            if (plan.Kind == SpacePlanKind.Partial)
            {
                break;
            }
        }

        var drawn = plans.Any(p => p.Draws);
        if (drawn)
        {
            // Word's separator, or its continuation separator across the text width.
            var notesHeight = area.Height - contentHeight - Separator - room;
            var top = area.Y + area.Height - notesHeight - Below - RuleWidth;
            var length = _started.Contains(_pending[0].Number) ? area.Width : Math.Min(ShortRule, area.Width);
            draw.Canvas.BeginArtifact();
            draw.Canvas.DrawLine(area.X, top, area.X + length, top, RuleWidth, context.Sheet.Colors.Muted);
            draw.Canvas.EndArtifact();
            var y = top + RuleWidth + Below;
            var first = true;
            foreach (var plan in plans)
            {
                var (number, note) = _pending[0];
                if (plan.Draws)
                {
                    y += first ? 0 : Footnotes.Spacing;
                    note.Draw(draw, new Area(area.X, y, area.Width, plan.Height));
                    _started.Add(number);
                    y += plan.Height;
                    first = false;
                }

                if (plan.Kind != SpacePlanKind.Partial)
                {
                    _pending.RemoveAt(0);
                }
            }
        }

        if (!drawn && contentHeight <= 0 && Pending)
        {
            throw new InvalidOperationException($"a note on page {draw.PageNumber} does not fit on an empty page");
        }
    }

    /// <summary>
    /// The room the notes due on this page want: the rest of any carried over, each new note whole,
    /// and the last new one's first lines at least (it may go on at the next page's foot).
    /// </summary>
    private double Wanted(double width, int carried)
    {
        var wanted = 0.0;
        for (var i = 0; i < _pending.Count; i++)
        {
            var note = _pending[i].Note;
            var whole = note.Measure(new Size(width, double.MaxValue / 4)).Height;
            wanted += (i > 0 ? Footnotes.Spacing : 0) + (i == _pending.Count - 1 && i >= carried ? FirstPart(note, width, whole) : whole);
        }

        return wanted;
    }

    /// <summary>The least height in which <paramref name="note"/> can start: its first lines, as its paragraphs split.</summary>
    private static double FirstPart(Element note, double width, double whole)
    {
        var (fails, fits) = (0.0, whole);
        while (fits - fails > 0.5)
        {
            var middle = (fails + fits) / 2;
            (fails, fits) = note.Measure(new Size(width, middle)).Draws ? (fails, middle) : (middle, fits);
        }

        return fits;
    }
}
