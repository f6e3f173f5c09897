using System.Collections.Concurrent;
using System.Globalization;
using BriefingGen.Testing;
using CsCheck;
using Xunit.Abstractions;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Fuzzes <c>briefgen render</c> with hostile data made from the shipped sample, at the level of the
/// file's bytes and of its tree (<see cref="FuzzInputs"/>), and checks the property of
/// <see cref="RenderProperty"/> on every input: a clean refusal (exit 1, diagnostics, no files) or
/// valid papers (exit 0, a .docx OpenXmlValidator accepts, a PDF <c>qpdf --check</c> accepts),
/// within 10 s of processor time, and never exit 2 or 3. It runs alone, so the process's processor
/// time is the render's.
/// <para>
/// In CI it runs <see cref="CiCases"/> cases from fixed seeds, so every run tries the same inputs.
/// By hand, with random seeds, as many cases as you like; each failure is saved (input, shrunk
/// input, report with its seed) to a folder the test prints, <c>BRIEFGEN_FUZZ_OUT</c> or a new one
/// under the temp folder, which also holds <c>progress.log</c> and <c>summary.txt</c>. A case that
/// brings the test process down (a stack overflow) ends the run; run again with the same
/// <c>BRIEFGEN_FUZZ_OUT</c> and it is saved and reported from the log:
/// </para>
/// <code>
/// BRIEFGEN_FUZZ_CASES=5000 BRIEFGEN_DEBUG=1 dotnet test tests/BriefingGen.Cli.Tests --filter Fuzz --logger "console;verbosity=detailed"
/// BRIEFGEN_FUZZ_SEED=&lt;seed&gt;[,&lt;seed&gt;…] dotnet test tests/BriefingGen.Cli.Tests --filter Fuzz   # replay and shrink given cases
/// </code>
/// <para>
/// <c>BRIEFGEN_DEBUG=1</c> makes internal errors print their stack, so failures are grouped by the
/// product frame that threw; <c>BRIEFGEN_FUZZ_THREADS=n</c> runs n cases at a time (default 1:
/// parallel runs share the process's processor time, which the time limit counts); <c>BRIEFGEN_FUZZ_SHRINK_SECONDS=n</c>
/// is how long the first failure of each class is shrunk (default 120; 0 does not shrink).
/// </para>
/// </summary>
[Collection(Hostile.AloneCollection.Name)]
public class RenderFuzzTests(ITestOutputHelper output)
{
    /// <summary>Cases CI runs: about 25 s of processor time, most of it rendering and validating the papers that succeed; a minute on two busy cores.</summary>
    private const int CiCases = 60;

    /// <summary>The PCG stream CI's seeds come from; case i is seed i of it.</summary>
    private const uint CiStream = 2026;

    /// <summary>How long the first failure of each class found by hand is shrunk: <c>BRIEFGEN_FUZZ_SHRINK_SECONDS</c>, default 120.</summary>
    private static readonly TimeSpan ShrinkBudget = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("BRIEFGEN_FUZZ_SHRINK_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 120);

    [Fact]
    public void Hostile_data_renders_valid_papers_or_is_refused_cleanly_without_files()
    {
        var replay = Environment.GetEnvironmentVariable("BRIEFGEN_FUZZ_SEED");
        var cases = Environment.GetEnvironmentVariable("BRIEFGEN_FUZZ_CASES");
        if (!string.IsNullOrWhiteSpace(replay))
        {
            Run(replay.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), shrink: true, threads: 1);
        }
        else if (int.TryParse(cases, CultureInfo.InvariantCulture, out var count))
        {
            var threads = int.TryParse(Environment.GetEnvironmentVariable("BRIEFGEN_FUZZ_THREADS"), CultureInfo.InvariantCulture, out var t) ? t : 1;
            Run(Enumerable.Range(0, count).Select(_ => new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString()).ToList(), shrink: true, threads);
        }
        else
        {
            var outcomes = Run(Enumerable.Range(0, CiCases).Select(i => new PCG(CiStream, (ulong)i).ToString()).ToList(), shrink: false, threads: 1);

            // A fuzzer whose inputs are all refused, or all accepted, no longer tests both halves of the property.
            Assert.Contains(outcomes, o => o.Exit == 0);
            Assert.Contains(outcomes, o => o.Exit == 1);
        }
    }

    private List<FuzzOutcome> Run(IReadOnlyList<string> seeds, bool shrink, int threads)
    {
        var chosen = Environment.GetEnvironmentVariable("BRIEFGEN_FUZZ_OUT");
        var folder = !string.IsNullOrEmpty(chosen)
            ? chosen
            : Path.Combine(Path.GetTempPath(), "briefgen-fuzz", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        output.WriteLine($"{seeds.Count} case(s); failures and progress.log in {folder}");
        var log = new object();
        var outcomes = new ConcurrentBag<FuzzOutcome>();
        var failures = new ConcurrentBag<FuzzFailure>(CasesThatEndedAnEarlierRun(folder));
        Parallel.ForEach(seeds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, seed =>
        {
            lock (log)
            {
                // Written before the run, so a case that brings the whole process down is still known.
                File.AppendAllText(Path.Combine(folder, "progress.log"), $"start {seed}\n", FuzzFailure.ReportEncoding);
            }

            var (input, outcome) = RunCase(seed);
            outcomes.Add(outcome);
            var line = $"{seed} exit {outcome.Exit?.ToString(CultureInfo.InvariantCulture) ?? "none"} {outcome.Elapsed.TotalSeconds:0.0} s ({outcome.ProcessorTime.TotalSeconds:0.0} s of processor) {outcome.Class}"
                + (outcome.Exit == 1 ? " refused: " + outcome.FirstError : "");
            lock (log)
            {
                File.AppendAllText(Path.Combine(folder, "progress.log"), line + "\n", FuzzFailure.ReportEncoding);
            }

            if (!outcome.Passed)
            {
                var failure = new FuzzFailure(seed, input, outcome);
                failures.Add(failure);
                failure.Save(folder);
            }
        });

        var all = failures.OrderBy(f => f.Outcome.Class, StringComparer.Ordinal).ThenBy(f => f.Seed, StringComparer.Ordinal).ToList();
        if (shrink && ShrinkBudget > TimeSpan.Zero)
        {
            all = ShrinkFirstOfEachClass(all, folder);
        }

        var summary = Summary(seeds.Count, outcomes.ToList(), all);
        File.WriteAllText(Path.Combine(folder, "summary.txt"), summary, FuzzFailure.ReportEncoding);
        output.WriteLine(summary);
        foreach (var failure in all.Take(20))
        {
            output.WriteLine(failure.Describe());
        }

        if (all.Count == 0 && string.IsNullOrEmpty(chosen))
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.True(all.Count == 0, FuzzFailure.Printable($"{all.Count} of {seeds.Count} case(s) failed; see {folder}\n\n{summary}\n{string.Join("\n", all.Take(5).Select(f => f.Describe()))}"));
        return outcomes.ToList();
    }

    /// <summary>
    /// Cases an earlier run into the same folder started but never finished: they brought the test
    /// process down (a stack overflow cannot be caught). They are made again from their seeds, saved
    /// and reported as failures, and marked in the log so the next run does not report them again.
    /// </summary>
    private static IEnumerable<FuzzFailure> CasesThatEndedAnEarlierRun(string folder)
    {
        var log = Path.Combine(folder, "progress.log");
        if (!File.Exists(log))
        {
            return [];
        }

        var lines = File.ReadAllLines(log);
        var started = lines.Where(l => l.StartsWith("start ", StringComparison.Ordinal)).Select(l => l[6..]);
        var ended = lines.Where(l => !l.StartsWith("start ", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var died = started.Where(seed => !ended.Contains(seed)).Distinct(StringComparer.Ordinal).ToList();
        var failures = died.Select(seed => new FuzzFailure(
            seed,
            FuzzInputs.Any.Generate(PCG.Parse(seed), null, out _),
            new FuzzOutcome(null, "", [("the test process died (a stack overflow, or killed)", "an earlier run started this case and never finished it; the test host's output says why")], TimeSpan.Zero)))
            .ToList();
        foreach (var failure in failures)
        {
            failure.Save(folder);
            File.AppendAllText(log, $"{failure.Seed} died\n", FuzzFailure.ReportEncoding);
        }

        return failures;
    }

    private static (FuzzCase Input, FuzzOutcome Outcome) RunCase(string seed)
    {
        FuzzCase input;
        try
        {
            input = FuzzInputs.Any.Generate(PCG.Parse(seed), null, out _);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            // A data writer that cannot write a tree is a product failure too; it is reported like one.
            return (new FuzzCase(".yaml", [], [$"the input could not be written: {e.Message}"], null),
                new FuzzOutcome(null, "", [($"writing the data threw {e.GetType().Name}: {RenderProperty.Normalize(e.Message)}", e.ToString())], TimeSpan.Zero));
        }

        using var folder = new TempFolder();
        return (input, RenderProperty.Check(input, folder.Path));
    }

    /// <summary>Shrinks the first failure of each class, keeping the class, and saves it beside the original.</summary>
    private List<FuzzFailure> ShrinkFirstOfEachClass(List<FuzzFailure> failures, string folder)
    {
        var result = new List<FuzzFailure>();
        foreach (var group in failures.GroupBy(f => f.Outcome.Problems[0].Class, StringComparer.Ordinal))
        {
            var first = group.First();
            var target = group.Key;
            var shrinker = new Shrinker(
                candidate =>
                {
                    using var work = new TempFolder();
                    return RenderProperty.Check(candidate, work.Path).Problems.Any(p => p.Class == target);
                },
                ShrinkBudget);
            var shrunk = first.Input.Bytes.Length == 0 ? null : shrinker.Shrink(first.Input);
            var shrunkFailure = first with { Shrunk = shrunk };
            shrunkFailure.Save(folder);
            output.WriteLine($"shrank {first.Seed} ({target}) from {first.Input.Bytes.Length} to {shrunk?.Bytes.Length} bytes in {shrinker.Tries} tries");
            result.Add(shrunkFailure);
            result.AddRange(group.Skip(1));
        }

        return result;
    }

    private static string Summary(int cases, List<FuzzOutcome> outcomes, List<FuzzFailure> failures)
    {
        var lines = new List<string>
        {
            $"{cases} case(s): {outcomes.Count(o => o.Exit == 0)} exit 0, {outcomes.Count(o => o.Exit == 1)} exit 1, "
                + $"{outcomes.Count(o => o.Exit is not (0 or 1))} other; {failures.Count} failed; "
                + $"median {Median(outcomes):0.00} s, slowest {outcomes.Select(o => o.Elapsed.TotalSeconds).DefaultIfEmpty().Max():0.0} s, "
                + $"most processor time {outcomes.Select(o => o.ProcessorTime.TotalSeconds).DefaultIfEmpty().Max():0.0} s",
        };
        foreach (var cls in failures.SelectMany(f => f.Outcome.Problems.Select(p => (p.Class, f.Seed))).GroupBy(p => p.Class, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
        {
            lines.Add($"  {cls.Count(),5} × {cls.Key}   e.g. {string.Join(", ", cls.Select(p => p.Seed).Distinct().Take(3))}");
        }

        return FuzzFailure.Printable(string.Join("\n", lines));
    }

    private static double Median(List<FuzzOutcome> outcomes) =>
        outcomes.Count == 0 ? 0 : outcomes.Select(o => o.Elapsed.TotalSeconds).Order().ElementAt(outcomes.Count / 2);
}
