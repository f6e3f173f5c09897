using BriefingGen.Caching;

namespace BriefingGen.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void An_entry_is_kept_through_one_full_generation_and_forgotten_after_two()
    {
        // Two generations of three.
        var cache = new BoundedCache<int, string>(capacity: 6);
        Keep(cache, 0, 1, 2);

        // The first generation is full and now the previous one: its entries are still found.
        Assert.True(cache.TryGet(0, out var kept));
        Assert.Equal("v0", kept);

        // 0, read again, was kept into the current generation; 1 and 2 were not, and went with
        // the next turn, when 3 and 4 filled it.
        Keep(cache, 3, 4);

        Assert.False(cache.TryGet(1, out _));
        Assert.False(cache.TryGet(2, out _));
        Assert.True(cache.TryGet(4, out _));
    }

    [Fact]
    public void An_entry_read_again_in_each_generation_is_never_forgotten()
    {
        var cache = new BoundedCache<int, string>(capacity: 10);
        cache.Keep(-1, "always");
        for (var i = 0; i < 1000; i++)
        {
            cache.Keep(i, $"v{i}");
            Assert.True(cache.TryGet(-1, out _), $"forgotten after {i + 1} other entries");
        }
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
    public void Threads_keeping_at_once_stay_within_the_capacity()
    {
        const int capacity = 100;
        const int threads = 8;
        var cache = new BoundedCache<int, int>(capacity);
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => cache.Keep(i, i));

        var kept = 0;
        for (var i = 0; i < 200_000; i++)
        {
            kept += cache.TryGet(i, out _) ? 1 : 0;
        }

        // Threads that add to a generation as it turns over may each put one more in it.
        Assert.InRange(kept, 1, capacity + (2 * threads));
    }

    private static void Keep(BoundedCache<int, string> cache, params int[] keys)
    {
        foreach (var key in keys)
        {
            cache.Keep(key, $"v{key}");
        }
    }
}
