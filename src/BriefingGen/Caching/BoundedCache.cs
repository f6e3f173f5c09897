using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BriefingGen.Caching;

/// <summary>
/// Answers kept for the whole process and shared by every thread, with a bound on how many: when
/// full it starts again, so a server fed endless different inputs keeps its memory bounded while a
/// batch of similar papers finds nearly everything kept. Callers decide what is worth keeping.
/// </summary>
/// <param name="capacity">The most entries kept at once.</param>
/// <param name="comparer">How keys compare; the default comparer when null.</param>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _kept = new(comparer);

    /// <summary>The value kept for <paramref name="key"/>, if there is one.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _kept.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>, first forgetting everything when full.</summary>
    public void Keep(TKey key, TValue value)
    {
        if (_kept.Count >= capacity)
        {
            _kept.Clear();
        }

        _kept.TryAdd(key, value);
    }
}
