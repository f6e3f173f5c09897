using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>
/// Splits the paper's blocks into sections at each section break. The first section and every
/// setting a break leaves out take the paper's defaults — the stylesheet's page, the pack's
/// furniture, numbering that goes on from the section before — so a landscape annex is one call.
/// </summary>
internal static class SectionSplitter
{
    /// <summary>The sections of <paramref name="blocks"/>.</summary>
    /// <param name="blocks">The paper's top-level blocks, section breaks among them.</param>
    /// <param name="page">The default page.</param>
    /// <param name="furniture">The pack's header and footer.</param>
    /// <param name="metadata">The paper's metadata.</param>
    /// <param name="source">What to call the template in messages.</param>
    /// <param name="diagnostics">Where a misplaced break is reported.</param>
    public static List<Section> Split(IReadOnlyList<Block> blocks, PageLayout page, PageFurniture furniture, DocumentMetadata metadata, string source, DiagnosticBag diagnostics)
    {
        var sections = new List<Section>();
        var current = new Section([], page, furniture, PageNumbering.Default, metadata);
        var content = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is not SectionBreak next)
            {
                content.Add(block);
                continue;
            }

            // A break before any content changes the first section rather than leaving it empty.
            if (content.Count > 0 || sections.Count > 0)
            {
                sections.Add(current with { Blocks = content });
                content = [];
            }

            current = Apply(next.Settings, page, furniture, metadata);
        }

        sections.Add(current with { Blocks = content });
        foreach (var nested in sections.SelectMany(s => s.Blocks).SelectMany(ModelWalker.Descendants).OfType<SectionBreak>().Take(1))
        {
            _ = nested;
            diagnostics.Error(SourceLocation.OfFile(source), "", "a section can only start at the top level of the paper, not inside a list, callout or quote");
        }

        return sections;
    }

    /// <summary>
    /// True for a section that sets both header texts to nothing, such as a cover: its header is
    /// meant to be empty, so the pack's header logo stays off its pages too.
    /// </summary>
    private static bool BlanksHeader(SectionSettings settings) =>
        settings.Furniture.TryGetValue("header_left", out var left) && left.All(i => i.PlainText.Length == 0)
        && settings.Furniture.TryGetValue("header_right", out var right) && right.All(i => i.PlainText.Length == 0);

    private static Section Apply(SectionSettings settings, PageLayout page, PageFurniture furniture, DocumentMetadata metadata)
    {
        IReadOnlyList<Inline> Furniture(string position, IReadOnlyList<Inline> fallback) =>
            settings.Furniture.TryGetValue(position, out var inlines) ? inlines : fallback;

        return new Section(
            [],
            settings.Landscape is { } landscape ? page.Oriented(landscape) : page,
            new PageFurniture(
                Furniture("header_left", furniture.HeaderLeft),
                Furniture("header_right", furniture.HeaderRight),
                Furniture("footer_left", furniture.FooterLeft),
                Furniture("footer_right", furniture.FooterRight))
            {
                HeaderLogo = BlanksHeader(settings) ? null : furniture.HeaderLogo,
            },
            settings.Numbering ?? PageNumbering.Default,
            metadata with
            {
                Title = settings.Title ?? metadata.Title,
                ShortTitle = settings.Title is null ? metadata.ShortTitle : null,
                Classification = settings.Classification ?? metadata.Classification,
            });
    }
}
