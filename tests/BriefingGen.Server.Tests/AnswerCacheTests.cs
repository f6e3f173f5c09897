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

    [Fact]
    public void Answers_past_the_byte_bound_are_dropped_oldest_first_and_one_too_large_is_not_kept()
    {
        var cache = new AnswerCache(10, maxBytes: 250);
        CachedAnswer Answer(int size) => new(200, "application/json", new byte[size]);
        cache.Put("a", Answer(100));
        cache.Put("b", Answer(100));
        cache.Put("c", Answer(100));

        Assert.Null(cache.Get("a"));
        Assert.NotNull(cache.Get("b"));
        Assert.NotNull(cache.Get("c"));
        Assert.Equal(200, cache.Bytes);

        cache.Put("huge", Answer(251));

        Assert.Null(cache.Get("huge"));
        Assert.Equal(200, cache.Bytes);
    }

    [Fact]
    public void A_large_answer_counts_its_gzipped_copy_too()
    {
        var answer = new CachedAnswer(200, "application/json", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<use href=\"#p1f1g104\" x=\"0\"/>", 1000))));

        Assert.NotNull(answer.Gzipped);
        Assert.True(answer.Gzipped!.Length < answer.Body.Length / 4);
        Assert.Equal(answer.Body.Length + answer.Gzipped.Length, answer.Size);
    }
}
