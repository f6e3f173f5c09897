using System.Collections.Concurrent;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// Every face the process has loaded, each loaded once and kept: a batch or a server renders
/// paper after paper in the same few faces, and reading and parsing a font file per paper cost
/// more than laying the paper out. Faces are immutable once loaded and safe to share across threads.
/// </summary>
internal static class FontFaces
{
    private static readonly ConcurrentDictionary<FontInfo, Lazy<FontFace>> Loaded = new();

    /// <summary>The face <paramref name="info"/> describes, loaded on first use.</summary>
    public static FontFace Get(FontInfo info) => Loaded.GetOrAdd(info, i => new Lazy<FontFace>(() => new FontFace(i))).Value;

    /// <summary>True when the face is loaded already, so asking it costs nothing.</summary>
    public static bool IsLoaded(FontInfo info) => Loaded.TryGetValue(info, out var face) && face.IsValueCreated;
}
