using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingGen.IO;
using BriefingGen.Rendering;

namespace BriefingGen.Cli.Output;

/// <summary>
/// Writes one paper's files as a set: every file goes first to a hidden temporary file beside its
/// target, and only when all of them are written are they renamed into place, each old file set
/// aside until all the new ones stand. A paper whose .pdf cannot be written, or cannot replace the
/// old one, therefore leaves no new .docx behind either: readers see the old files or the new set.
/// Leftovers of a process that was killed mid-write are cleared the next time the same file is
/// written. One writer serves one run, from any number of threads: it reads
/// each output folder once for leftovers, so a run of many papers into one folder stays linear.
/// </summary>
internal sealed class PaperWriter
{
    /// <summary>What an old file set aside is named after: <c>.NAME.old.PID.tmp</c>.</summary>
    private const string AsideSuffix = ".old";

    /// <summary>
    /// The longest NAME a temporary file name keeps whole, in UTF-8 bytes: a file name may have 255,
    /// and <c>.</c>, <c>.old</c>, a process id of up to ten digits and <c>.tmp</c> take 20 of them.
    /// </summary>
    private const int MaxStemBytes = 235;

    private readonly ConcurrentDictionary<string, Lazy<ILookup<string, string>>> _leftovers = new(StringComparer.Ordinal);

    /// <summary>
    /// The run's data files, by real path, which no output may replace. The run's plan refuses
    /// the names it can foresee; this catches the ones that depend on the data, such as a digest's
    /// snapshot, named after the week the data gives.
    /// </summary>
    public IReadOnlySet<string> Inputs { get; init; } = new HashSet<string>();

    /// <summary>Writes <paramref name="outputs"/> to <paramref name="stem"/> plus each one's extension; null on success, else why not.</summary>
    public string? Write(string stem, IReadOnlyList<RenderedOutput> outputs)
    {
        var written = new List<(string Temporary, string Target)>();
        string? failedAt = null;
        try
        {
            foreach (var output in outputs)
            {
                var target = Path.GetFullPath(stem + output.Extension);
                if (Inputs.Contains(ContainedPath.RealPath(target) ?? target))
                {
                    return $"cannot write {target}: it is a data file of this run; choose another --out folder";
                }

                if (Directory.Exists(target))
                {
                    return $"cannot write {target}: a folder of that name is in the way";
                }

                // Renaming over a device or a pipe would put a file in its place (as root, even
                // /dev/null); only a regular file, or nothing, is ever replaced.
                if (FileKinds.Of(target) is FileKind.Pipe or FileKind.Device or FileKind.Socket)
                {
                    return $"cannot write {target}: it is a device, pipe or socket, not a file; write to a file instead";
                }

                var folder = Path.GetDirectoryName(target)!;
                if (FileOnTheWay(folder) is { } file)
                {
                    return $"cannot write {target}: {file} is a file, not a folder";
                }

                Directory.CreateDirectory(folder);
                ClearLeftovers(folder, Path.GetFileName(target));
                var temporary = Path.Combine(folder, $".{Stem(Path.GetFileName(target))}.{Environment.ProcessId}.tmp");
                written.Add((temporary, target));
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(output.Bytes.Span);
                stream.Flush(flushToDisk: true);
            }

            Replace(written);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Reason(e, failedAt ?? (written.Count > 0 ? written[^1].Target : stem));
        }
        finally
        {
            foreach (var (temporary, _) in written)
            {
                TryDelete(temporary);
            }
        }

        // Moves each old file aside, then each new one in; when a move fails, what moved goes back.
        void Replace(List<(string Temporary, string Target)> files)
        {
            var done = new List<(string Target, string? Aside)>();
            try
            {
                foreach (var (temporary, target) in files)
                {
                    failedAt = target;
                    var aside = File.Exists(target) ? AsideName(target) : null;
                    // Moves that may replace are a plain rename: one that may not is a link and an
                    // unlink on Unix, which can fail half done and leave a second name behind.
                    if (aside is not null)
                    {
                        File.Move(target, aside, overwrite: true);
                    }

                    done.Add((target, aside));
                    File.Move(temporary, target, overwrite: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                foreach (var (target, aside) in Enumerable.Reverse(done))
                {
                    Restore(target, aside);
                }

                throw;
            }

            foreach (var (_, aside) in done)
            {
                if (aside is not null)
                {
                    TryDelete(aside);
                }
            }
        }
    }

    /// <summary>
    /// Where the old <paramref name="target"/> waits while its new file moves in: <c>.NAME.old.PID.tmp</c>,
    /// a leftover of <c>NAME.old</c>, which the next run that writes NAME clears if this one is killed.
    /// </summary>
    private static string AsideName(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Stem(Path.GetFileName(target))}{AsideSuffix}.{Environment.ProcessId}.tmp");

    /// <summary>
    /// The NAME in the temporary names of the file <paramref name="name"/>: the name itself, or, for
    /// a name so long that the temporary name would pass the file system's 255 bytes, its first
    /// characters and a hash of the whole (<c>…~3f2a9c1b</c>), the same in every run so that
    /// leftovers are still found.
    /// </summary>
    internal static string Stem(string name)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(name) <= MaxStemBytes)
        {
            return name;
        }

        var hash = $"~{Fnv1a(name):x8}";
        var keep = name.Length;
        while (System.Text.Encoding.UTF8.GetByteCount(name.AsSpan(0, keep)) > MaxStemBytes - hash.Length || (keep > 0 && char.IsHighSurrogate(name[keep - 1])))
        {
            keep--;
        }

        return name[..keep] + hash;
    }

    /// <summary>The 32-bit FNV-1a hash of <paramref name="text"/>'s UTF-16 units: stable across runs, unlike string.GetHashCode.</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }


    /// <summary>Puts <paramref name="target"/> back as it was: its old file, or none.</summary>
    private static void Restore(string target, string? aside)
    {
        try
        {
            if (aside is null)
            {
                if (File.Exists(target))
                {
                    File.Delete(target);
                }
            }
            else if (File.Exists(aside))
            {
                File.Move(aside, target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The first failure is the one reported; a file that cannot go back stays aside, hidden.
        }
    }

    /// <summary>The nearest existing part of <paramref name="folder"/>'s path when it is a file, which no folder can be made under.</summary>
    private static string? FileOnTheWay(string folder)
    {
        for (var path = folder; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path))
            {
                return null;
            }

            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static string Reason(Exception e, string path) => e switch
    {
        UnauthorizedAccessException => $"cannot write {path}: permission denied",
        DirectoryNotFoundException => $"cannot write {path}: the folder cannot be made (is part of the path a file?)",
        PathTooLongException => $"cannot write {path}: the path is too long",
        FileNotFoundException => $"cannot write {path}: the folder does not take new files (is it a system folder such as /proc?)",
        _ => $"cannot write {path}: {e.Message}",
    };

    /// <summary>Removes temporary files of <paramref name="name"/> left by processes that are no longer running.</summary>
    private void ClearLeftovers(string folder, string name)
    {
        var leftovers = _leftovers.GetOrAdd(folder, f => new Lazy<ILookup<string, string>>(() => Leftovers(f))).Value;
        var stem = Stem(name);
        foreach (var (file, id) in leftovers[stem].Concat(leftovers[stem + AsideSuffix]).Select(f => (f, ProcessOf(f))))
        {
            if (id != Environment.ProcessId && !IsRunning(id))
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>The temporary files in <paramref name="folder"/> (<c>.NAME.PID.tmp</c>), by the name of the file each was to become.</summary>
    private static ILookup<string, string> Leftovers(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, ".*.*.tmp")
                .Where(file => ProcessOf(file) > 0)
                .ToLookup(file => TargetOf(file), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Clearing leftovers is a courtesy; the write itself reports real problems.
            return Array.Empty<string>().ToLookup(file => file, StringComparer.Ordinal);
        }
    }

    /// <summary>The process id in a temporary file's name (<c>.NAME.PID.tmp</c>), or 0 when it has none.</summary>
    private static int ProcessOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return int.TryParse(Path.GetExtension(name).TrimStart('.'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    /// <summary>The file a temporary file (<c>.NAME.PID.tmp</c>) was to become: NAME, as <see cref="Stem"/> wrote it.</summary>
    private static string TargetOf(string file) => Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(file))[1..];

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file that cannot be deleted is harmless: it is hidden and cleared next time.
        }
    }
}
