using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf.Pages;

/// <summary>
/// Lays a document out section by section, each on its own page template, numbering pages as the
/// sections say (going on, or restarting in another format), with footnotes at the foot of the
/// pages that cite them. It runs twice: a first pass that draws nothing learns the page count and
/// where each destination falls; the second draws for real. A document with notes is first laid
/// out without drawing until the room kept for notes at each page's foot settles, once per layout.
/// </summary>
internal sealed class DocumentLayout(Document document, Func<PdfRenderContext> newContext)
{
    /// <summary>The most first passes run to settle the room kept for notes; layout that has not settled by then keeps the last.</summary>
    public const int SettlingPasses = 6;

    private readonly List<string> _labels = [];
    private readonly List<string> _counts = [];
    private readonly List<PageTemplate> _templates = [];
    private readonly Dictionary<int, double> _reserves = [];
    private bool _settled;

    /// <summary>The printed number of each page, by document-wide page number (from 1).</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>What a page count prints in each section, by section: its run's last page number (<see cref="PageMap.Counts"/>).</summary>
    public IReadOnlyList<string> Counts => _counts;

    /// <summary>The page template of each section, as the last pass made them.</summary>
    public IReadOnlyList<PageTemplate> Templates => _templates;

    /// <summary>The room kept for notes at the foot of each page, by page number, as settled.</summary>
    public IReadOnlyDictionary<int, double> Reserves => _reserves;

    /// <summary>
    /// Takes the room for notes another layout of the same body settled, so this one need not
    /// settle again: the engine's first pass settles it, and the drawing pass reuses it.
    /// </summary>
    public void UseSettled(IReadOnlyDictionary<int, double> reserves)
    {
        _reserves.Clear();
        foreach (var (page, height) in reserves)
        {
            _reserves[page] = height;
        }

        _settled = true;
    }

    /// <summary>Runs one pass onto <paramref name="canvas"/>; returns the number of pages.</summary>
    /// <param name="canvas">Where pages go.</param>
    /// <param name="pages">What the first pass learnt (page counts, destinations' page numbers), or null during it.</param>
    public int Run(ICanvas canvas, PageMap? pages)
    {
        Func<string, string?> labelOf = pages is null ? _ => null : pages.LabelOf;
        if (!_settled && document.Sections.SelectMany(ModelWalker.DescendantsAndSelf).Any(n => n is FootnoteReference))
        {
            _settled = true;

            // The settling pass that changed nothing is the first pass: it is not run again.
            if (Settle(labelOf) is { } last && pages is null && canvas is ProbeCanvas probe)
            {
                probe.Take(last.Probe);
                return last.Pages;
            }
        }

        _settled = true;

        return Pass(canvas, pages, labelOf, null);
    }

    /// <summary>
    /// Lays the document out without drawing until every page keeps at its foot the room its notes
    /// need. The room kept only grows, so this ends: a page whose citing line moves on keeps its
    /// room, as a page ends short when Word moves such a line.
    /// </summary>
    /// <returns>The last pass, when it settled: a first pass on the room as it stays.</returns>
    private (ProbeCanvas Probe, int Pages)? Settle(Func<string, string?> labelOf)
    {
        _reserves.Clear();
        for (var i = 0; i < SettlingPasses; i++)
        {
            var needed = new Dictionary<int, double>();
            var probe = new ProbeCanvas();
            var pages = Pass(probe, null, labelOf, needed);
            var grew = false;
            foreach (var (page, height) in needed)
            {
                if (height > (_reserves.TryGetValue(page, out var kept) ? kept : 0) + 0.01)
                {
                    _reserves[page] = height;
                    grew = true;
                }
            }

            if (!grew)
            {
                return Tightened(labelOf, needed) ?? (probe, pages);
            }
        }

        return null;
    }

    /// <summary>
    /// The room kept only grows while settling, so a page whose citing line moved on in an early
    /// pass would keep room for notes it no longer holds and end short. The room is then tried at
    /// what the last pass needed; that layout is kept when it needs no more, and is null otherwise,
    /// leaving the room as it settled.
    /// </summary>
    private (ProbeCanvas Probe, int Pages)? Tightened(Func<string, string?> labelOf, Dictionary<int, double> needed)
    {
        if (!_reserves.Any(r => r.Value > (needed.TryGetValue(r.Key, out var wanted) ? wanted : 0) + 0.01))
        {
            return null;
        }

        var settled = new Dictionary<int, double>(_reserves);
        _reserves.Clear();
        foreach (var (page, height) in needed)
        {
            _reserves[page] = height;
        }

        var again = new Dictionary<int, double>();
        var probe = new ProbeCanvas();
        var pages = Pass(probe, null, labelOf, again);
        if (again.All(n => n.Value <= (_reserves.TryGetValue(n.Key, out var kept) ? kept : 0) + 0.01))
        {
            return (probe, pages);
        }

        _reserves.Clear();
        foreach (var (page, height) in settled)
        {
            _reserves[page] = height;
        }

        return null;
    }

    private int Pass(ICanvas canvas, PageMap? pages, Func<string, string?> labelOf, Dictionary<int, double>? needed)
    {
        _labels.Clear();
        _templates.Clear();
        var pageCount = pages?.PageCount ?? 0;
        var context = newContext();
        context.PageCount = pageCount;
        var notes = new PageFootnotes(context, _reserves);
        var page = 1;
        var counter = 0;
        var runs = NumberingRuns.Of(document.Sections);
        var runEnds = new (int Counter, PageNumbering Numbering)[runs.Length == 0 ? 0 : runs[^1] + 1];
        for (var index = 0; index < document.Sections.Count; index++)
        {
            var section = document.Sections[index];
            var count = pages?.CountIn(index);
            var template = new PageTemplate(section, context);
            _templates.Add(template);
            context.ContentArea = template.ContentArea.Size;
            context.Hyphenator = Text.Hyphenation.Hyphenator.For(section.Metadata.Language);
            context.Numbering = section.Numbering;
            var blocks = context.Blocks(section.Blocks, PdfScope.Body);
            var numbering = section.Numbering;
            counter = numbering.Restart ? numbering.Start : counter + 1;
            var first = counter;
            var start = page;
            page += Paginator.Paginate(new ColumnElement(blocks), canvas, template.PageSize, template.ContentArea, page,
                number => new DrawContext(canvas, number, pageCount, labelOf) { PageLabel = numbering.Print(first + number - start), CountLabel = count },
                draw =>
                {
                    var label = numbering.Print(first + draw.PageNumber - start);
                    _labels.Add(label);
                    template.DrawFurniture(draw, label);
                },
                notes);
            counter = first + (page - start) - 1;
            runEnds[runs[index]] = (counter, numbering);
        }

        _counts.Clear();
        _counts.AddRange(runs.Select(run => runEnds[run].Numbering.Number(runEnds[run].Counter)));

        foreach (var (number, height) in notes.Needed)
        {
            needed?.Add(number, height);
        }

        return page - 1;
    }
}
