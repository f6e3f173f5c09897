using System.IO.Compression;

namespace BriefingGen.Word.Packaging;

/// <summary>
/// Rewrites a package so the same content gives the same bytes: the ZIP layer stamps each entry
/// with the time it was written, so entries are copied in their original order with one fixed
/// timestamp (1980-01-01, the earliest a ZIP can hold).
/// </summary>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the package in <paramref name="source"/> to <paramref name="destination"/> with fixed timestamps.</summary>
    public static void Normalize(Stream source, Stream destination) => Normalize(source, destination, null, null);

    /// <summary>
    /// Copies the package in <paramref name="source"/> to <paramref name="destination"/> with fixed
    /// timestamps, writing the entry <paramref name="writtenEntry"/> with <paramref name="write"/>
    /// instead of copying it.
    /// </summary>
    public static void Normalize(Stream source, Stream destination, string? writtenEntry, Action<Stream>? write)
    {
        source.Position = 0;
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var to = copy.Open();
            if (write is not null && entry.FullName == writtenEntry)
            {
                write(to);
                continue;
            }

            using var from = entry.Open();
            from.CopyTo(to);
        }
    }
}
