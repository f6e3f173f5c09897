using System.Text;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// A failing case as a reproducer: its seed, what broke, the command, the exit code, the first
/// lines of standard error, the steps that made the input, and the input itself.
/// </summary>
/// <param name="Seed">The seed that makes the case again (<c>BRIEFGEN_FUZZ_SEED</c>).</param>
/// <param name="Input">The input.</param>
/// <param name="Outcome">What the render came to.</param>
/// <param name="Shrunk">A smaller input that fails the same way, when one was looked for.</param>
internal sealed record FuzzFailure(string Seed, FuzzCase Input, FuzzOutcome Outcome, FuzzCase? Shrunk = null)
{
    /// <summary>UTF-8 that writes a stray surrogate half as U+FFFD instead of throwing: reports quote hostile text.</summary>
    public static readonly Encoding ReportEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>How much of the data a report shows inline; the whole file is saved beside it.</summary>
    private const int ShownBytes = 4_000;

    /// <summary>The reproducer, as text.</summary>
    public string Describe(string? savedAs = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"seed {Seed}: {Outcome.Class}");
        sb.AppendLine($"  replay: BRIEFGEN_FUZZ_SEED={Seed} dotnet test tests/BriefingGen.Cli.Tests --filter Fuzz");
        sb.AppendLine($"  command: briefgen render {Input.FileName} --out out/   ({ImageFixtures.Describe()})");
        sb.AppendLine($"  exit: {Outcome.Exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} after {Outcome.Elapsed.TotalSeconds:0.0} s");
        foreach (var (cls, details) in Outcome.Problems)
        {
            sb.AppendLine($"  problem: {cls}");
            sb.AppendLine("    " + string.Join("\n    ", details.Split('\n').Take(12)));
        }

        sb.AppendLine("  stderr: " + string.Join("\n          ", Outcome.ErrorHead().Split('\n')));
        sb.AppendLine("  made by: " + string.Join("; ", Input.Recipe));
        if (savedAs is not null)
        {
            sb.AppendLine("  saved as: " + savedAs);
        }

        var data = Shrunk ?? Input;
        sb.AppendLine(Shrunk is null ? $"  data ({data.Bytes.Length} bytes):" : $"  data, shrunk from {Input.Bytes.Length} to {data.Bytes.Length} bytes:");
        sb.AppendLine(Show(data.Bytes));
        return Printable(sb.ToString());
    }

    /// <summary>Saves the input (and the shrunk one) and the report in <paramref name="folder"/>; returns the report's path.</summary>
    public string Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, Safe(Seed));
        File.WriteAllBytes(stem + Input.Extension, Input.Bytes);
        if (Shrunk is not null)
        {
            File.WriteAllBytes(stem + ".min" + Shrunk.Extension, Shrunk.Bytes);
        }

        File.WriteAllText(stem + ".txt", Describe(stem + Input.Extension), ReportEncoding);
        return stem + ".txt";
    }

    /// <summary><paramref name="text"/> with every stray surrogate half replaced by U+FFFD, so any writer or test runner takes it.</summary>
    public static string Printable(string text) => ReportEncoding.GetString(ReportEncoding.GetBytes(text));

    private static string Safe(string seed) => string.Concat(seed.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    /// <summary>The bytes as text (cut at <see cref="ShownBytes"/>), control characters as <c>\uXXXX</c>.</summary>
    private static string Show(byte[] bytes)
    {
        var cut = bytes.Length > ShownBytes ? bytes[..ShownBytes] : bytes;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(cut);
        }
        catch (DecoderFallbackException)
        {
            text = "(not UTF-8; as Latin-1) " + Encoding.Latin1.GetString(cut);
        }

        // Control characters would garble a terminal; the saved file has them as they are.
        text = string.Concat(text.Select(c => c is < ' ' and not ('\n' or '\t') or (>= '\u007F' and <= '\u009F') ? $"\\u{(int)c:X4}" : c.ToString()));
        return "    | " + text.Replace("\n", "\n    | ", StringComparison.Ordinal) + (bytes.Length > ShownBytes ? $"\n    … ({bytes.Length - ShownBytes} more bytes)" : "");
    }
}
