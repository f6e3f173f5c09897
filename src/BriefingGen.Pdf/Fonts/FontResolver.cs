using System.Collections.Concurrent;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// Chooses faces: the theme's families in order (pack fonts first, then extra folders, then the
/// system's), and for a character the chosen face lacks, the first face that has it — the theme's
/// other families, then well-known wide-coverage families, then any installed face. One resolver
/// serves every render with the same font folders, on any thread; its answers are kept.
/// </summary>
internal sealed class FontResolver
{
    /// <summary>Families known to cover many scripts, tried before scanning everything.</summary>
    private static readonly string[] CoverageFamilies =
    [
        "DejaVu Sans", "Noto Sans", "Liberation Sans", "Noto Sans Hebrew", "Noto Sans Arabic", "Noto Sans CJK SC",
        "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Symbola", "Noto Emoji", "FreeSans", "Arial Unicode MS", "Segoe UI Symbol",
    ];

    private static readonly ConcurrentDictionary<string, FontResolver> Shared = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<FontCatalog> _catalogs;
    private readonly ConcurrentDictionary<(string Families, bool Bold, bool Italic), FontFace> _resolved = new();
    private readonly ConcurrentDictionary<(int CodePoint, bool Bold, bool Italic), FontFace?> _fallbacks = new();
    private readonly Lock _scan = new();
    private readonly ConcurrentDictionary<string, string> _refused = new(StringComparer.Ordinal);

    /// <summary>
    /// The font files a paper asked for that a PDF cannot embed, with why: another font took their
    /// place, and the papers of a pack or brand kit that ships one say so.
    /// </summary>
    public IReadOnlyDictionary<string, string> Refused => _refused;

    /// <summary>Creates a resolver over <paramref name="folders"/> and, unless told not to, the system's fonts.</summary>
    public FontResolver(IEnumerable<string> folders, bool includeSystem = true)
    {
        var catalogs = folders.Select(FontCatalog.Of).ToList();
        if (includeSystem)
        {
            catalogs.Add(FontCatalog.System);
        }

        _catalogs = catalogs;
    }

    /// <summary>The process's resolver for <paramref name="folders"/>, made on first use.</summary>
    public static FontResolver For(IEnumerable<string> folders, bool includeSystem)
    {
        var list = folders.Select(Path.GetFullPath).ToList();
        var key = string.Join('\n', list) + (includeSystem ? "\n+system" : "");
        return Shared.GetOrAdd(key, _ => new FontResolver(list, includeSystem));
    }

    /// <summary>The first of <paramref name="families"/> installed, in the nearest style; throws when none is.</summary>
    public FontFace Resolve(IReadOnlyList<string> families, bool bold, bool italic)
    {
        var key = (string.Join('\n', families), bold, italic);
        if (_resolved.TryGetValue(key, out var known))
        {
            return known;
        }

        foreach (var family in families.Concat(CoverageFamilies))
        {
            // The theme's families are tried first; when all are missing, any wide-coverage family still gives readable text.
            if (Find(family, bold, italic) is { } face)
            {
                _resolved.TryAdd(key, face);
                return face;
            }
        }

        throw new FontNotFoundException(
            $"no usable TrueType font found; tried {string.Join(", ", families.Concat(CoverageFamilies).Distinct())}. "
            + "Install one (on Debian: apt-get install fonts-dejavu-core fonts-crosextra-carlito), or put .ttf files in the template pack's fonts/ folder.");
    }

    /// <summary>A face that covers <paramref name="codePoint"/>, preferring <paramref name="families"/>, or null when none installed does.</summary>
    public FontFace? FallbackFor(int codePoint, IReadOnlyList<string> families, bool bold, bool italic)
    {
        var key = (codePoint, bold, italic);
        if (_fallbacks.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var found = families.Concat(CoverageFamilies)
            .Select(f => Find(f, bold, italic))
            .FirstOrDefault(f => f is not null && f.Covers(codePoint)) ?? Scan(codePoint);
        _fallbacks.TryAdd(key, found);
        return found;
    }

    /// <summary>
    /// The first installed face that covers <paramref name="codePoint"/>. Faces tried and found
    /// wanting are let go at once, so a scan of every installed font keeps only the ones papers
    /// really use in memory; one scan at a time, since it may open many files.
    /// </summary>
    private FontFace? Scan(int codePoint)
    {
        lock (_scan)
        {
            foreach (var info in _catalogs.SelectMany(c => c.Faces))
            {
                if (FontFaces.IsLoaded(info))
                {
                    if (FontFaces.Get(info).Covers(codePoint) && Embeddable(info) is { } loaded)
                    {
                        return loaded;
                    }

                    continue;
                }

                using var probe = new FontFace(info);
                if (probe.Covers(codePoint) && Embeddable(info) is { } face)
                {
                    return face;
                }
            }

            return null;
        }
    }

    private FontFace? Find(string family, bool bold, bool italic)
    {
        foreach (var catalog in _catalogs)
        {
            if (catalog.Find(family, bold, italic) is { } info && Embeddable(info) is { } face)
            {
                return face;
            }
        }

        return null;
    }

    /// <summary>The face <paramref name="info"/> describes, or null, noted in <see cref="Refused"/>, when a PDF cannot embed it.</summary>
    private FontFace? Embeddable(FontInfo info)
    {
        var face = FontFaces.Get(info);
        if (face.WhyNotEmbeddable is { } why)
        {
            _refused.TryAdd(info.Path, why);
            return null;
        }

        return face;
    }
}
