using System.Diagnostics;
using System.Text;
using BriefingGen.Data;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Makes a failing input smaller while it still fails the same way (the same class), within a time
/// budget. Data that reads as a tree shrinks as a tree: entries and items removed, lists halved,
/// nesting unwrapped, text cut. Data that does not read shrinks by lines.
/// </summary>
/// <param name="stillFails">Whether a smaller case fails in the same way.</param>
/// <param name="budget">How long to keep trying.</param>
internal sealed class Shrinker(Func<FuzzCase, bool> stillFails, TimeSpan budget)
{
    private readonly Stopwatch _clock = new();

    /// <summary>How many smaller cases were tried.</summary>
    public int Tries { get; private set; }

    /// <summary>The smallest case found that still fails like <paramref name="failing"/>.</summary>
    public FuzzCase Shrink(FuzzCase failing)
    {
        _clock.Restart();
        var json = failing.Extension == ".json";
        var tree = failing.Tree ?? AsTree(failing);
        if (tree is not null && !ReferenceEquals(tree, failing.Tree))
        {
            var rewritten = Rewrite(failing, tree, json);
            tree = Try(rewritten) ? tree : null;
        }

        return tree is null ? ShrinkLines(failing) : ShrinkTree(failing, tree, json);
    }

    private bool OutOfTime => _clock.Elapsed > budget;

    private bool Try(FuzzCase candidate)
    {
        Tries++;
        return stillFails(candidate);
    }

    private static DataNode? AsTree(FuzzCase input)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input.Bytes);
            return DataLoader.Parse(text, input.FileName).Root;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static FuzzCase Rewrite(FuzzCase input, DataNode tree, bool json) =>
        FuzzCase.FromTree(tree, json, [.. input.Recipe.Where(r => !r.StartsWith("written as", StringComparison.Ordinal)), "shrunk"]) with { Extension = input.Extension };

    private FuzzCase ShrinkTree(FuzzCase failing, DataNode tree, bool json)
    {
        var best = failing;
        var progress = true;
        while (progress && !OutOfTime)
        {
            progress = false;
            foreach (var edit in Candidates(tree))
            {
                if (OutOfTime)
                {
                    break;
                }

                var smaller = TreeEdit.ApplyAll(tree, [edit]);
                if (smaller is null || smaller.Equals(tree))
                {
                    continue;
                }

                var candidate = Rewrite(failing, smaller, json);
                if (candidate.Bytes.Length < best.Bytes.Length && Try(candidate))
                {
                    (tree, best, progress) = (smaller, candidate, true);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Smaller trees, the biggest cuts first: whole entries near the root before text deep inside.</summary>
    private static IEnumerable<TreeEdit> Candidates(DataNode tree)
    {
        var places = TreeEdit.Places(tree).Skip(1).OrderBy(p => p.Depth).ThenByDescending(p => p.Node.Weight).ToList();
        foreach (var p in places)
        {
            yield return new TreeEdit(p.Path, _ => null, "removed");
        }

        foreach (var p in places)
        {
            switch (p.Node)
            {
                case DataList { Items.Count: > 1 } list:
                    yield return new TreeEdit(p.Path, _ => HostileValues.List(list.Items.Take(list.Items.Count / 2)), "halved");
                    break;
                case DataList { Items.Count: 1 } list:
                    yield return new TreeEdit(p.Path, _ => list.Items[0], "unwrapped");
                    break;
                case DataMap { Entries.Count: 1 } map:
                    yield return new TreeEdit(p.Path, _ => map.Entries[0].Value, "unwrapped");
                    break;
                case DataScalar { Kind: ScalarKind.String, Text.Length: > 1 } s:
                    yield return new TreeEdit(p.Path, _ => HostileValues.Str(s.Text[..(s.Text.Length / 2)]), "first half");
                    yield return new TreeEdit(p.Path, _ => HostileValues.Str(s.Text[(s.Text.Length / 2)..]), "second half");
                    yield return new TreeEdit(p.Path, _ => HostileValues.Str("x"), "x");
                    break;
            }
        }
    }

    /// <summary>Removes runs of lines, halving the run length down to one line (Zeller's ddmin, one-sided).</summary>
    private FuzzCase ShrinkLines(FuzzCase failing)
    {
        var lines = Split(failing.Bytes);
        var best = failing;
        for (var run = Math.Max(1, lines.Count / 2); run >= 1 && !OutOfTime; run /= 2)
        {
            for (var start = 0; start < lines.Count && !OutOfTime;)
            {
                var kept = lines.Take(start).Concat(lines.Skip(start + run)).ToList();
                var candidate = failing with { Bytes = Join(kept), Recipe = [.. failing.Recipe, "shrunk by lines"] };
                if (kept.Count < lines.Count && Try(candidate))
                {
                    (lines, best) = (kept, candidate);
                }
                else
                {
                    start += run;
                }
            }
        }

        return best;
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];
}
