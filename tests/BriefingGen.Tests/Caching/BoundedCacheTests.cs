using BriefingGen.Caching;

namespace BriefingGen.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void A_full_cache_starts_again_and_keeps_the_newest_entry()
    {
        var cache = new BoundedCache<int, string>(capacity: 3);
        for (var i = 0; i < 3; i++)
        {
            cache.Keep(i, $"v{i}");
        }

        Assert.True(cache.TryGet(0, out _));
        cache.Keep(3, "v3");

        Assert.False(cache.TryGet(0, out _));
        Assert.False(cache.TryGet(2, out _));
        Assert.True(cache.TryGet(3, out var kept));
        Assert.Equal("v3", kept);
    }

    [Fact]
    public void Keeping_a_key_twice_does_not_count_twice()
    {
        var cache = new BoundedCache<string, int>(capacity: 2, StringComparer.Ordinal);
        for (var i = 0; i < 10; i++)
        {
            cache.Keep("same", i);
        }

        cache.Keep("other", 1);

        // Had the repeats counted, the cache would have been full and cleared by now.
        Assert.True(cache.TryGet("same", out var first));
        Assert.Equal(0, first);
        Assert.True(cache.TryGet("other", out _));
    }

    [Fact]
    public void An_entry_not_worth_keeping_is_not_kept()
    {
        var cache = new BoundedCache<string, string>(capacity: 10, StringComparer.Ordinal, (key, _) => key.Length <= 3);
        cache.Keep("abc", "short");
        cache.Keep("abcd", "long");

        Assert.True(cache.TryGet("abc", out _));
        Assert.False(cache.TryGet("abcd", out _));
    }

    [Fact]
    public void Threads_keeping_at_once_stay_within_the_bound()
    {
        const int capacity = 100;
        var cache = new BoundedCache<int, int>(capacity);
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => cache.Keep(i, i));

        var kept = Enumerable.Range(0, 200_000).Count(i => cache.TryGet(i, out _));
        Assert.InRange(kept, 1, capacity + 8);
    }
}
