namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// The TrueType faces found in a list of folders, by family. Faces with other outlines (CFF) or
/// none (colour bitmaps) are skipped: PDF embeds TrueType outlines as FontFile2.
/// </summary>
internal sealed class FontCatalog
{
    private static readonly string[] Extensions = [".ttf", ".ttc", ".otf"];
    private static readonly Lazy<FontCatalog> SystemCatalog = new(() => Scan(SystemFolders()));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<FontCatalog>> Folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FontInfo>> _byFamily;

    private FontCatalog(IEnumerable<FontInfo> faces, IEnumerable<(string File, string Reason)> unusable)
    {
        Faces = faces.ToList();
        Unusable = unusable.ToList();
        _byFamily = Faces.GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every usable face, in folder order.</summary>
    public IReadOnlyList<FontInfo> Faces { get; }

    /// <summary>
    /// The font files found that offer no face, each with why. A pack's or brand kit's fonts are
    /// chosen on purpose, so the PDF writer reports these for their folders; the system's are not ours to report.
    /// </summary>
    public IReadOnlyList<(string File, string Reason)> Unusable { get; }

    /// <summary>The system's fonts, scanned once per process.</summary>
    public static FontCatalog System => SystemCatalog.Value;

    /// <summary>The faces in <paramref name="folder"/>, scanned once per process.</summary>
    public static FontCatalog Of(string folder) =>
        Folders.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<FontCatalog>(() => Scan([f]))).Value;

    /// <summary>The font folders of Linux, Windows and macOS that exist on this machine.</summary>
    public static IEnumerable<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Windows);
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        string[] candidates =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts"),
            Path.Combine(windows, "Fonts"), Path.Combine(local, "Microsoft", "Windows", "Fonts"),
            "/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts"),
        ];
        return candidates.Where(c => c.Length > 1 && Directory.Exists(c));
    }

    /// <summary>
    /// Indexes every font file below <paramref name="folders"/>; unreadable files are skipped.
    /// Links are not followed (a folder that links to itself, or to the whole disk, cannot make the
    /// scan endless), folders are searched eight deep at most, and no more than
    /// <see cref="MaxFilesExamined"/> files are looked at, so a folder named by mistake (<c>/</c>,
    /// <c>/proc</c>) costs a moment, not the machine.
    /// </summary>
    public static FontCatalog Scan(IEnumerable<string> folders)
    {
        var faces = new List<FontInfo>();
        var unusable = new List<(string File, string Reason)>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MaxRecursionDepth = 8,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Device,
        };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*", options)
                .Take(MaxFilesExamined)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var count = faces.Count;
                if (Read(file, faces) is { } reason && faces.Count == count)
                {
                    unusable.Add((file, reason));
                }
            }
        }

        return new FontCatalog(faces, unusable);
    }

    /// <summary>The most files a scan of one folder looks at.</summary>
    public const int MaxFilesExamined = 50_000;

    /// <summary>The largest font file read (the largest CJK faces are about 30 MB).</summary>
    public const long MaxFontBytes = 64L * 1024 * 1024;

    /// <summary>The face of <paramref name="family"/> closest to the wanted weight and slant, or null.</summary>
    public FontInfo? Find(string family, bool bold, bool italic)
    {
        if (!_byFamily.TryGetValue(family, out var faces))
        {
            return null;
        }

        var weight = bold ? 700 : 400;
        return faces.MinBy(f => Math.Abs(f.Weight - weight) + (f.Italic == italic ? 0 : 500) + (f.WidthClass == 5 ? 0 : 1000));
    }

    /// <summary>Adds the usable faces of <paramref name="file"/> to <paramref name="faces"/>; returns why a face was not usable, or null.</summary>
    private static string? Read(string file, List<FontInfo> faces)
    {
        try
        {
            // Devices, pipes and sockets report no size and could block on opening; they are not fonts.
            var length = new FileInfo(file).Length;
            if (length is 0 or > MaxFontBytes)
            {
                return length == 0 ? "the file is empty" : $"the file is larger than {MaxFontBytes / (1024 * 1024)} MB";
            }

            using var stream = File.OpenRead(file);
            var count = OpenTypeTables.FaceCount(stream);
            var before = faces.Count;
            string? reason = null;
            for (var i = 0; i < count && i < 64; i++)
            {
                var tables = OpenTypeTables.Read(stream, i, "name", "OS/2", "head");
                var family = tables.Name(16) ?? tables.Name(1);
                if (!tables.HasTrueTypeOutlines)
                {
                    reason = tables.HasPostScriptOutlines
                        ? "it has PostScript (CFF) outlines, and a PDF embeds TrueType outlines only; use the font's TrueType (.ttf) version"
                        : "it has no outlines (a bitmap or colour font)";
                }
                else if (string.IsNullOrWhiteSpace(family))
                {
                    reason = "it names no font family";
                }
                else
                {
                    faces.Add(new FontInfo(file, i, family, tables.Weight, tables.Italic, tables.WidthClass));
                }
            }

            // A collection that lists no face offers nothing, and says so like any other unusable file.
            return reason ?? (faces.Count == before ? "it holds no font (a collection of none)" : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or EndOfStreamException or IndexOutOfRangeException or OverflowException)
        {
            return "it is not a font file that can be read (damaged, or another kind of file)";
        }
    }
}
