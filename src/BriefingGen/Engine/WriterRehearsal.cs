using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Packs;
using BriefingGen.Rendering;

namespace BriefingGen.Engine;

/// <summary>
/// A short page in the pack's styles, laid out and written once by each format on an idle core
/// while the first paper's data is read and composed. Most of a lone paper's time goes on first
/// use — font files opened and shaped, hyphenation patterns built, the reference document read,
/// the Word library's tables filled — and all of it is kept for the paper that follows, which
/// finds it ready. Nothing is written anywhere and nothing is reported: whatever goes wrong here
/// goes wrong again, and is reported, when the paper itself is written.
/// </summary>
internal static class WriterRehearsal
{
    /// <summary>A little of every common kind: heading, styled words, a paragraph long enough to hyphenate, a list, a table, a note.</summary>
    private const string Page = """
        # Summary

        The **principal recommendations** and their *justification* are set out below, together with
        the considerations underlying the government's international cooperation in the region.[^1]

        - First recommendation
        - Second recommendation

        | Area | Assessment |
        |---|---:|
        | Cooperation | 3 |

        [^1]: Source.
        """;

    /// <summary>
    /// Starts the rehearsal of <paramref name="renderers"/>, the pages laid out first by
    /// <paramref name="paginator"/> when they need them, on the thread pool and returns at once;
    /// <paramref name="inputFor"/> dresses a document as the engine dresses a paper's (fonts,
    /// reference document, components).
    /// </summary>
    public static void Start(TemplatePack pack, Func<Document, RenderInput> inputFor, IPaginatingRenderer? paginator, IReadOnlyList<IDocumentRenderer> renderers) =>
        ThreadPool.UnsafeQueueUserWorkItem(_ => Run(pack, inputFor, paginator, renderers), null);

    private static void Run(TemplatePack pack, Func<Document, RenderInput> inputFor, IPaginatingRenderer? paginator, IReadOnlyList<IDocumentRenderer> renderers)
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            var blocks = PaperReader.Read(Page, new SlotTable(), new ImageLoader([pack.Directory]), pack.MainTemplatePath, diagnostics);
            var metadata = new DocumentMetadata { Title = "Rehearsal", Language = pack.Manifest.DefaultLanguage };
            var sections = SectionSplitter.Split(blocks, pack.StyleSheet.Page, PageFurniture.Empty, metadata, pack.MainTemplatePath, diagnostics);
            var input = inputFor(new Document(metadata, sections));
            if (paginator is not null)
            {
                var pages = paginator.Paginate(input);
                input = input with { Document = pages.WithFittedFurniture(input.Document), Pages = pages };
            }

            foreach (var renderer in renderers)
            {
                renderer.Render(input, Stream.Null);
            }
        }
        catch (Exception)
        {
            // The paper meets the same cause and reports it, with its place in the data.
        }
    }
}
