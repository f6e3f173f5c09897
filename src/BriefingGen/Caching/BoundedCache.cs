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

    /// <summary>The value kept for <paramref name="key"/>, if there is one.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _kept.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> if it is worth keeping, first forgetting everything when full.</summary>
    public void Keep(TKey key, TValue value)
    {
        if (worthKeeping is not null && !worthKeeping(key, value))
        {
            return;
        }

        if (_kept.Count >= capacity)
        {
            _kept.Clear();
        }

        _kept.TryAdd(key, value);
    }
}
