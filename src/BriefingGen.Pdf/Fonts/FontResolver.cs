namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// Chooses faces for one document: the theme's families in order (pack fonts first, then extra
/// folders, then the system's), and for a character the chosen face lacks, the first face that has
/// it — the theme's other families, then well-known wide-coverage families, then any installed face.
/// Faces are loaded once per document and disposed with it.
/// </summary>
internal sealed class FontResolver : IDisposable
{
    /// <summary>Families known to cover many scripts, tried before scanning everything.</summary>
    private static readonly string[] CoverageFamilies =
    [
        "DejaVu Sans", "Noto Sans", "Liberation Sans", "Noto Sans Hebrew", "Noto Sans Arabic", "Noto Sans CJK SC",
        "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Symbola", "Noto Emoji", "FreeSans", "Arial Unicode MS", "Segoe UI Symbol",
    ];

    private readonly IReadOnlyList<FontCatalog> _catalogs;
    private readonly Dictionary<FontInfo, FontFace> _loaded = [];
    private readonly Dictionary<(int CodePoint, bool Bold, bool Italic), FontFace?> _fallbacks = [];

    /// <summary>Creates a resolver over the pack's fonts, extra folders and the system's fonts.</summary>
    public FontResolver(IEnumerable<string> extraFolders, bool includeSystem = true)
    {
        var catalogs = new List<FontCatalog> { FontCatalog.Scan(extraFolders) };
        if (includeSystem)
        {
            catalogs.Add(FontCatalog.System);
        }

        _catalogs = catalogs;
    }

    /// <summary>The first of <paramref name="families"/> installed, in the nearest style; throws when none is.</summary>
    public FontFace Resolve(IReadOnlyList<string> families, bool bold, bool italic)
    {
        foreach (var family in families)
        {
            if (Find(family, bold, italic) is { } face)
            {
                return face;
            }
        }

        // The theme's families are all missing: any wide-coverage family still gives readable text.
        foreach (var family in CoverageFamilies)
        {
            if (Find(family, bold, italic) is { } face)
            {
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
            .FirstOrDefault(f => f is not null && f.Covers(codePoint));
        if (found is null)
        {
            foreach (var info in _catalogs.SelectMany(c => c.Faces))
            {
                if (_loaded.TryGetValue(info, out var loaded))
                {
                    if (loaded.Covers(codePoint))
                    {
                        found = loaded;
                        break;
                    }

                    continue;
                }

                // Faces tried and found wanting are let go at once, so a scan of every installed
                // font keeps only the ones the document really uses in memory.
                var face = new FontFace(info);
                if (face.Covers(codePoint))
                {
                    _loaded[info] = face;
                    found = face;
                    break;
                }

                face.Dispose();
            }
        }

        _fallbacks[key] = found;
        return found;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var face in _loaded.Values)
        {
            face.Dispose();
        }

        _loaded.Clear();
    }

    private FontFace? Find(string family, bool bold, bool italic)
    {
        foreach (var catalog in _catalogs)
        {
            if (catalog.Find(family, bold, italic) is { } info)
            {
                return Load(info);
            }
        }

        return null;
    }

    private FontFace Load(FontInfo info)
    {
        if (!_loaded.TryGetValue(info, out var face))
        {
            face = new FontFace(info);
            _loaded[info] = face;
        }

        return face;
    }
}
