using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Pages;

/// <summary>
/// Lays a document out section by section, each on its own page template, numbering pages as the
/// sections say (going on, or restarting in another format). It runs twice: a first pass that draws
/// nothing learns the page count and where each destination falls; the second draws for real.
/// </summary>
internal sealed class DocumentLayout(Document document, Func<PdfRenderContext> newContext)
{
    private readonly List<string> _labels = [];
    private readonly List<PageTemplate> _templates = [];

    /// <summary>The printed number of each page, by document-wide page number (from 1).</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The page template of each section, as the last pass made them.</summary>
    public IReadOnlyList<PageTemplate> Templates => _templates;

    /// <summary>Runs one pass onto <paramref name="canvas"/>; returns the number of pages.</summary>
    /// <param name="canvas">Where pages go.</param>
    /// <param name="pageCount">The page count from the first pass, or 0 during it.</param>
    /// <param name="labelOf">The printed page number of a destination, from the first pass.</param>
    public int Run(ICanvas canvas, int pageCount, Func<string, string?> labelOf)
    {
        _labels.Clear();
        _templates.Clear();
        var context = newContext();
        var page = 1;
        var counter = 0;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var template = new PageTemplate(section, context);
            _templates.Add(template);
            context.ContentArea = template.ContentArea.Size;
            var blocks = context.Blocks(section.Blocks, PdfScope.Body);
            if (i == document.Sections.Count - 1 && Endnotes.Build(context) is { } notes)
            {
                blocks.Add(notes);
            }

            var numbering = section.Numbering;
            counter = numbering.Restart ? numbering.Start : counter + 1;
            var first = counter;
            var start = page;
            page += Paginator.Paginate(new ColumnElement(blocks), canvas, template.PageSize, template.ContentArea, page,
                number => new DrawContext(canvas, number, pageCount, labelOf),
                draw =>
                {
                    var label = numbering.Print(first + draw.PageNumber - start);
                    _labels.Add(label);
                    template.DrawFurniture(draw, label);
                });
            counter = first + (page - start) - 1;
        }

        return page - 1;
    }
}
