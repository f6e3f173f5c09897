using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BriefingGen.Caching;

/// <summary>
/// Answers kept for the whole process and shared by every thread, bounded twice: in number (when
/// full it starts again) and in size (an entry <paramref name="worthKeeping"/> turns down, such as
/// one with a long key or a large value, is never kept). So a server fed endless different or
/// hostile inputs keeps its memory bounded, while a batch of similar papers finds nearly
/// everything kept.
/// </summary>
/// <param name="capacity">The most entries kept at once.</param>
/// <param name="comparer">How keys compare; the default comparer when null.</param>
/// <param name="worthKeeping">Whether an entry may be kept; every entry when null.</param>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null, Func<TKey, TValue, bool>? worthKeeping = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _kept = new(comparer);

    /// <summary>
    /// How many entries were added since the last clearing. Counted here because the dictionary's
    /// own <c>Count</c> takes every one of its locks, which made keeping a shaped word cost more than
    /// shaping it. Adds that race a clearing may leave it a few off, so the bound holds within the
    /// number of threads.
    /// </summary>
    private int _count;

    /// <summary>The value kept for <paramref name="key"/>, if there is one.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _kept.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> if it is worth keeping, first forgetting everything when full.</summary>
    public void Keep(TKey key, TValue value)
    {
        if (worthKeeping is not null && !worthKeeping(key, value))
        {
            return;
        }

        if (Volatile.Read(ref _count) >= capacity)
        {
            Volatile.Write(ref _count, 0);
            _kept.Clear();
        }

        if (_kept.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
