using System.Globalization;
using BriefingGen.Compose;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Packs;

namespace BriefingGen.Markings;

/// <summary>
/// The engine's marking stage, after composing and before sections are split: reads the paper's
/// marking from the data field the pack names and each section's from its <c>section</c> call,
/// runs <see cref="MarkingRules"/>, and hands the renderers what to show — the banner text as the
/// classification of the paper and of each section that differs, and the stamp as the first
/// paragraph of the first page (and of a section whose own stamp differs from the paper's). Any
/// pack gets this; no renderer decides a marking.
/// </summary>
internal static class MarkingStep
{
    /// <summary>The paper's metadata and blocks with their markings settled.</summary>
    public static (DocumentMetadata Metadata, IReadOnlyList<Block> Blocks) Apply(TemplatePack pack, DataNode data, DocumentMetadata metadata, IReadOnlyList<Block> blocks, CultureInfo culture, PackLabels labels, DiagnosticBag diagnostics)
    {
        var fallback = SourceLocation.OfFile(pack.MainTemplatePath);
        var field = pack.Manifest.MarkingField;
        var document = data is DataMap root && root[field] is { } node
            ? MarkingDataReader.Read(node, field, diagnostics)
            : metadata.Classification is { } text
                ? MarkingRequest.PlainText(text, metadata.Origins.TryGetValue("classification", out var o) ? o : null, fallback)
                : null;
        var breaks = blocks.OfType<SectionBreak>().ToList();
        var sections = breaks.Select(b => b.Settings.Marking ?? (b.Settings.Classification is { } c ? MarkingRequest.PlainText(c, null, fallback) : null)).ToList();
        if (document is null && sections.All(s => s is null))
        {
            return (metadata, blocks);
        }

        var rules = new MarkingRules(pack.MarkingSchemes, pack.Manifest.MarkingScheme, culture, metadata.Date, labels.Texts.TryGetValue("long_date_format", out var format) ? format : "d MMMM yyyy", pack.Manifest.SensitivityLabels, diagnostics);
        var outcome = rules.Apply(document, sections);
        var origins = new Dictionary<string, Origin>(metadata.Origins, StringComparer.Ordinal);
        origins.Remove("classification");
        if (document is { IsPlainText: true, Level.Origin: { } origin } && outcome.Document is { } plain && string.Equals(plain.Level, document.Level.Text, StringComparison.OrdinalIgnoreCase))
        {
            // The banner is the data value itself, so a paper that carries its data binds it there.
            origins["classification"] = origin;
        }

        metadata = metadata with
        {
            Classification = Shown(outcome.Document),
            Marking = outcome.Document is { Scheme: not null } marking ? marking : null,
            Origins = origins,
        };

        var result = new List<Block>(blocks.Count + 1);
        var index = 0;
        foreach (var block in blocks)
        {
            if (block is not SectionBreak sectionBreak)
            {
                result.Add(block);
                continue;
            }

            var own = outcome.Sections[index++];
            result.Add(sectionBreak with { Settings = sectionBreak.Settings with { Classification = Shown(own) } });
            if (own is { Stamp.Count: > 0 } && !own.Stamp.SequenceEqual(outcome.Document?.Stamp ?? [], StringComparer.Ordinal))
            {
                // A section withheld on its own grounds (an annex exempt under another paragraph, or
                // declassified on another day) says so where it starts, as the paper does on its first page.
                result.Add(Stamp(own.Stamp));
            }
        }

        if (outcome.Document is { Stamp.Count: > 0 } stamped)
        {
            // After any break that opens the paper, so the stamp stands on the first page's content.
            var at = result.TakeWhile(b => b is SectionBreak).Count();
            result.Insert(at, Stamp(stamped.Stamp));
        }

        return (metadata, result);
    }

    /// <summary>The text banners show: a free-text marking as written (renderers set it in capitals), a scheme's banner as the scheme writes it.</summary>
    private static string? Shown(Marking? marking) => marking is null ? null : marking.Scheme is null ? marking.Level : marking.Banner;

    private static Paragraph Stamp(IReadOnlyList<string> lines)
    {
        var inlines = new List<Inline>();
        foreach (var line in lines)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.Add(new Text(line));
        }

        return new Paragraph(inlines, ParagraphRoles.Meta);
    }
}
