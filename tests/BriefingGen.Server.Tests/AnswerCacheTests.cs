using BriefingGen.Server.Api;
using BriefingGen.Server.Work;

namespace BriefingGen.Server.Tests;

/// <summary>Answers kept for input asked for again: by every part of the input, least recently used dropped first.</summary>
public sealed class AnswerCacheTests
{
    [Fact]
    public void Keys_differ_whenever_any_part_differs()
    {
        Assert.NotEqual(AnswerCache.KeyOf("preview", "pack", "yaml", "a: 1"), AnswerCache.KeyOf("validate", "pack", "yaml", "a: 1"));
        Assert.NotEqual(AnswerCache.KeyOf("preview", "pack", "yaml", "a: 1"), AnswerCache.KeyOf("preview", "pack", "json", "a: 1"));
        Assert.NotEqual(AnswerCache.KeyOf("ab", "c"), AnswerCache.KeyOf("a", "bc"));
        Assert.Equal(AnswerCache.KeyOf("preview", "pack", "yaml", "a: 1"), AnswerCache.KeyOf("preview", "pack", "yaml", "a: 1"));
    }

    [Fact]
    public void The_least_recently_used_answer_goes_first()
    {
        var cache = new AnswerCache(2);
        CachedAnswer Answer(string text) => new(200, "application/json", System.Text.Encoding.UTF8.GetBytes(text));
        cache.Put("a", Answer("a"));
        cache.Put("b", Answer("b"));

        Assert.NotNull(cache.Get("a"));
        cache.Put("c", Answer("c"));

        Assert.NotNull(cache.Get("a"));
        Assert.Null(cache.Get("b"));
        Assert.NotNull(cache.Get("c"));
    }

    [Fact]
    public void A_cache_of_no_entries_keeps_nothing()
    {
        var cache = new AnswerCache(0);
        cache.Put("a", new CachedAnswer(200, "application/json", []));

        Assert.Null(cache.Get("a"));
    }
}
