namespace BriefingGen.IO;

/// <summary>
/// The one place that turns a relative name from a pack or a data file into a path, and refuses it
/// when it leads outside the folder it must stay in: an absolute path, a <c>..</c> that climbs out,
/// or a symbolic link anywhere along the way whose target lies outside. Every link is resolved, so
/// a folder linked in from elsewhere cannot smuggle its files in.
/// </summary>
public static class ContainedPath
{
    private const int MaxLinkHops = 40;

    /// <summary>
    /// The real path of <paramref name="name"/> inside <paramref name="root"/>, or null when it would
    /// lead outside (the root's own links are trusted: the root is what the user named).
    /// </summary>
    public static string? Resolve(string root, string name)
    {
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var realRoot = RealPath(Path.GetFullPath(root));
        if (realRoot is null)
        {
            return null;
        }

        var combined = Path.GetFullPath(Path.Combine(realRoot, name));
        if (!IsInside(realRoot, combined))
        {
            return null;
        }

        var real = RealPath(combined);
        return real is not null && IsInside(realRoot, real) ? real : null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.Equals(root, StringComparison.Ordinal) || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it followed, component by component;
    /// a path that does not exist keeps its missing tail as written. Null for a link loop.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        var hops = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            while (info.Exists && info.LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops)
                {
                    return null;
                }

                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next) ?? root, target));
                info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            }

            if (!info.Exists)
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            current = next;
        }

        return current;
    }
}
