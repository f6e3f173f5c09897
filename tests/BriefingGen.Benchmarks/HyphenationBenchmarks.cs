using BenchmarkDotNet.Attributes;
using BriefingGen.Pdf.Text.Hyphenation;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory of hyphenation: loading a language's patterns from the embedded file (done once
/// per language and process), and finding the break points of one word, averaged over typical
/// words of a brief.
/// </summary>
[MemoryDiagnoser]
public class HyphenationBenchmarks
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en-GB"] = ["hyphenation", "considerably", "cooperation", "environmental", "responsibility", "infrastructure", "implementation", "sustainability", "delimitation", "surveillance", "preparedness", "Murmansk"],
        ["nb-NO"] = ["samarbeidsområde", "fiskerikommisjon", "atomsikkerhetssamarbeid", "utenriksdepartementet", "grenseoverskridende", "sikkerhetspolitikk", "petroleumsvirksomhet", "kontinentalsokkel", "oljevernberedskap", "forskningssamarbeid", "kulturutveksling", "Barentsregionen"],
        ["ru-RU"] = ["сотрудничество", "безопасность", "Мурманск", "международный", "правительство", "экономический", "министерство", "рыбопромысловый", "территориальный", "месторождение", "взаимодействие", "ответственность"],
    };

    private Hyphenator _hyphenator = null!;
    private string[] _words = [];

    /// <summary>The language whose words are hyphenated.</summary>
    [Params("en-GB", "nb-NO", "ru-RU")]
    public string Culture { get; set; } = "en-GB";

    /// <summary>Loads the language once, as the cache would.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _hyphenator = Hyphenator.For(Culture)!;
        _words = Words[Culture];
    }

    /// <summary>Reads the embedded pattern file and builds the trie and exception table, bypassing the cache.</summary>
    [Benchmark]
    public int Load() => new Hyphenator(_hyphenator.Language).PatternCount;

    /// <summary>The break points of one word (the time is per word).</summary>
    [Benchmark(OperationsPerInvoke = 12)]
    public int BreakPointsPerWord()
    {
        var total = 0;
        foreach (var word in _words)
        {
            total += _hyphenator.BreakPoints(word.AsSpan()).Length;
        }

        return total;
    }
}
