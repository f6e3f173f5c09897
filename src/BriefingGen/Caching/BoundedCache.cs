using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BriefingGen.Caching;

/// <summary>
/// Answers kept for the whole process and shared by every thread, bounded twice: in number and in
/// size (an entry <paramref name="worthKeeping"/> turns down, such as one with a long key or a
/// large value, is never kept). So a server fed endless different or hostile inputs keeps its
/// memory bounded, while a batch of similar papers finds nearly everything kept.
/// <para>
/// Entries are kept in two generations of half the capacity each. New entries go into the current
/// one; when it is full it becomes the previous one and the generation before is dropped. An entry
/// found in the previous generation is kept again in the current one. So what was used within the
/// last half-capacity of entries kept is always still there. Emptying the whole cache when full,
/// as it once did, threw away the words every paper uses whenever a run of unusual ones filled it.
/// </para>
/// </summary>
/// <param name="capacity">The most entries kept at once.</param>
/// <param name="comparer">How keys compare; the default comparer when null.</param>
/// <param name="worthKeeping">Whether an entry may be kept; every entry when null.</param>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null, Func<TKey, TValue, bool>? worthKeeping = null)
    where TKey : notnull
{
    private readonly int _generationSize = Math.Max(1, capacity / 2);
    private readonly Lock _turn = new();
    private Generation _current = new(comparer);
    private Generation _previous = new(comparer);

    /// <summary>The value kept for <paramref name="key"/>, if there is one.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var current = Volatile.Read(ref _current);
        if (current.Entries.TryGetValue(key, out value))
        {
            return true;
        }

        if (Volatile.Read(ref _previous).Entries.TryGetValue(key, out value))
        {
            Add(current, key, value);
            return true;
        }

        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> if it is worth keeping.</summary>
    public void Keep(TKey key, TValue value)
    {
        if (worthKeeping is not null && !worthKeeping(key, value))
        {
            return;
        }

        Add(Volatile.Read(ref _current), key, value);
    }

    private void Add(Generation generation, TKey key, TValue value)
    {
        if (!generation.Entries.TryAdd(key, value) || Interlocked.Increment(ref generation.Count) < _generationSize)
        {
            return;
        }

        lock (_turn)
        {
            // Only the first thread to fill a generation turns it over.
            if (ReferenceEquals(_current, generation))
            {
                Volatile.Write(ref _previous, generation);
                Volatile.Write(ref _current, new Generation(comparer));
            }
        }
    }

    /// <summary>
    /// One generation's entries and how many were added to it, counted here because the
    /// dictionary's own <c>Count</c> takes every one of its locks, which made keeping a shaped word
    /// cost more than shaping it.
    /// </summary>
    private sealed class Generation(IEqualityComparer<TKey>? comparer)
    {
        public readonly ConcurrentDictionary<TKey, TValue> Entries = new(comparer);
        public int Count;
    }
}
