namespace BriefingGen.Cli.Commands;

/// <summary>
/// One of <see cref="Count"/> deterministic slices of a run's inputs (<c>--shard K/N</c>), so a job
/// runner (a Kubernetes Indexed Job, a CI matrix, a Slurm array) can spread one large run over
/// machines: every shard sees the same inputs in the same order and keeps every N-th of them, so
/// the N shards together render each input exactly once and take turns with big and small files.
/// </summary>
/// <param name="Number">One-based number of this slice.</param>
/// <param name="Count">How many slices the run is cut into.</param>
internal readonly record struct Shard(int Number, int Count)
{
    /// <summary>The whole run: one slice of one.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Reads <c>K/N</c> (1 ≤ K ≤ N), or says what was expected.</summary>
    public static (Shard Shard, string? Error) Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && count >= 1 && number >= 1 && number <= count)
        {
            return (new Shard(number, count), null);
        }

        return (All, $"--shard expects K/N with 1 ≤ K ≤ N, such as 2/8, not '{text}'");
    }

    /// <summary>
    /// This slice of <paramref name="items"/>, taken from the items sorted by <paramref name="key"/>
    /// so the slices do not depend on the order a shell expanded a wildcard in.
    /// </summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        if (Count == 1)
        {
            return items;
        }

        var (number, count) = (Number, Count);
        var mine = items.Select((item, index) => (item, index))
            .OrderBy(x => key(x.item), StringComparer.Ordinal).ThenBy(x => x.index)
            .Where((_, rank) => rank % count == number - 1)
            .OrderBy(x => x.index)
            .Select(x => x.item);
        return [.. mine];
    }
}
