using System.Text;
using CsCheck;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Changes to the bytes of a data file, below the level of the tree: flipped and replaced bytes,
/// truncation, duplicated, deleted and swapped lines, YAML syntax put where it does not belong
/// (anchors, aliases, merge keys, document markers, tabs, <c>: </c>, <c>- </c>, flow brackets),
/// alias bombs, byte-order marks, CRLF and lone CR line ends, and byte sequences that are not UTF-8.
/// </summary>
internal static class TextMutations
{
    /// <summary>YAML syntax to insert.</summary>
    private static readonly string[] Syntax =
    [
        "&a ", "*a", "*a ", "<<: *a\n", "<<: ", "---\n", "...\n", "--- |\n", "\t", "\t\t", ": ", ":", "- ", "-", "{", "}", "[", "]", "{}", "[]",
        "? ", "!!binary ", "!!str ", "!!map ", "!!python/object:os.system ", "!local ", "%YAML 1.1\n", "%TAG ! tag:x,2026:\n", "|", ">", "|-\n", ">+\n",
        "'", "\"", "#", " #", ",", "@", "`", "&a [*a]\n", "&b {x: *b}", "*undefined", "\\", "\\u", "\"\\uD800\"", "\"\\x00\"", "\"\\U0010FFFF\"",
        "~", "null", "true", "0x1F", "0o17", ".nan", ".inf", "1e400", "=", "<<", "  ", "\n  ", "\n\t- x\n",
    ];

    /// <summary>Byte sequences that are not UTF-8, or are UTF-8 of code points a document cannot hold.</summary>
    private static readonly byte[][] BadUtf8 =
    [
        [0xC0, 0x80], [0xFF], [0xFE], [0x80], [0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        [0xF0, 0x9F, 0x98], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE0, 0x80, 0xAF], [0x00], [0xEF, 0xBF, 0xBE], [0xEF, 0xB7, 0x90],
    ];

    /// <summary>Byte-order marks of every encoding, and a UTF-8 one written twice.</summary>
    private static readonly byte[][] Boms =
    [
        [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF],
    ];

    /// <summary>One change: bytes in, bytes out and what was done.</summary>
    public delegate (byte[] Bytes, string Description) Mutation(byte[] bytes);

    private static readonly Gen<double> Where = Gen.Double[0, 1];

    private static readonly Gen<Mutation> One = Gen.Frequency(
        (3, Gen.Select(Where, Gen.Int[0, 7], (w, bit) => (Mutation)(b => FlipBit(b, At(b, w), bit)))),
        (2, Gen.Select(Where, Gen.Byte, (w, value) => (Mutation)(b => SetByte(b, At(b, w), value)))),
        (2, Where.Select(w => (Mutation)(b => (b[..At(b, w)], $"truncated to {At(b, w)} bytes")))),
        (2, Where.Select(w => (Mutation)(b => EditLines(b, lines => Duplicate(lines, LineAt(lines, w)))))),
        (2, Where.Select(w => (Mutation)(b => EditLines(b, lines => Delete(lines, LineAt(lines, w)))))),
        (2, Gen.Select(Where, Where, (w1, w2) => (Mutation)(b => EditLines(b, lines => Swap(lines, LineAt(lines, w1), LineAt(lines, w2)))))),
        (6, Gen.Select(Where, Gen.Int[0, Syntax.Length - 1], Gen.Int[0, 2], (w, s, mode) => (Mutation)(b => InsertSyntax(b, w, Syntax[s], mode)))),
        (1, Gen.Int[2, 12].Select(n => (Mutation)(b => AliasBomb(b, n)))),
        (2, Gen.Select(Gen.Int[0, Boms.Length - 1], Where, Gen.Bool, (i, w, inside) => (Mutation)(b => inside
            ? (Insert(b, At(b, w), Boms[i]), $"byte-order mark {Hex(Boms[i])} at byte {At(b, w)}")
            : ([.. Boms[i], .. b], $"byte-order mark {Hex(Boms[i])} at the start")))),
        (2, Gen.Int[0, 2].Select(mode => (Mutation)(b => LineEnds(b, mode)))),
        (3, Gen.Select(Where, Gen.Int[0, BadUtf8.Length - 1], (w, i) => (Mutation)(b => (Insert(b, At(b, w), BadUtf8[i]), $"bytes {Hex(BadUtf8[i])} inserted at byte {At(b, w)}")))),
        (1, Where.Select(w => (Mutation)(b => EditLines(b, lines => Indent(lines, LineAt(lines, w)))))));

    /// <summary>One to four changes, made in turn.</summary>
    public static readonly Gen<Mutation[]> Mutations = One.Array[1, 4];

    /// <summary>Applies <paramref name="mutations"/> to <paramref name="bytes"/> in order.</summary>
    public static (byte[] Bytes, List<string> Steps) Apply(byte[] bytes, IEnumerable<Mutation> mutations)
    {
        var steps = new List<string>();
        foreach (var mutation in mutations)
        {
            (bytes, var step) = mutation(bytes);
            steps.Add(step);
        }

        return (bytes, steps);
    }

    private static int At(byte[] b, double where) => Math.Min(b.Length, (int)(where * b.Length));

    private static int LineAt(List<string> lines, double where) => Math.Min(lines.Count - 1, (int)(where * lines.Count));

    private static string Hex(byte[] b) => Convert.ToHexString(b);

    private static byte[] Insert(byte[] b, int at, byte[] inserted) => [.. b.AsSpan(0, at), .. inserted, .. b.AsSpan(at)];

    private static (byte[], string) FlipBit(byte[] b, int at, int bit)
    {
        if (at >= b.Length)
        {
            return (b, "no bit flipped (empty file)");
        }

        var copy = (byte[])b.Clone();
        copy[at] ^= (byte)(1 << bit);
        return (copy, $"bit {bit} of byte {at} flipped (0x{b[at]:X2} to 0x{copy[at]:X2})");
    }

    private static (byte[], string) SetByte(byte[] b, int at, byte value)
    {
        if (at >= b.Length)
        {
            return (b, "no byte set (empty file)");
        }

        var copy = (byte[])b.Clone();
        copy[at] = value;
        return (copy, $"byte {at} set to 0x{value:X2} (was 0x{b[at]:X2})");
    }

    /// <summary>Edits the file as lines of Latin-1 text, so every byte survives whatever it is.</summary>
    private static (byte[], string) EditLines(byte[] b, Func<List<string>, string> edit)
    {
        var lines = Encoding.Latin1.GetString(b).Split('\n').ToList();
        var description = edit(lines);
        return (Encoding.Latin1.GetBytes(string.Join('\n', lines)), description);
    }

    private static string Duplicate(List<string> lines, int i)
    {
        lines.Insert(i, lines[i]);
        return $"line {i + 1} duplicated";
    }

    private static string Delete(List<string> lines, int i)
    {
        lines.RemoveAt(i);
        return $"line {i + 1} deleted";
    }

    private static string Swap(List<string> lines, int i, int j)
    {
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return $"lines {i + 1} and {j + 1} swapped";
    }

    private static string Indent(List<string> lines, int i)
    {
        var trimmed = lines[i].TrimStart(' ');
        var indent = lines[i].Length - trimmed.Length;
        lines[i] = indent switch
        {
            0 => "  " + trimmed,
            _ when i % 2 == 0 => new string(' ', indent - 1) + trimmed,
            _ => "\t" + trimmed,
        };
        return $"indentation of line {i + 1} changed";
    }

    /// <summary>Inserts at a random byte (mode 0), at the start of a line (1) or just after a <c>: </c> (2).</summary>
    private static (byte[], string) InsertSyntax(byte[] b, double where, string syntax, int mode)
    {
        var at = At(b, where);
        if (mode > 0)
        {
            var marker = mode == 1 ? (byte)'\n' : (byte)':';
            var found = Array.IndexOf(b, marker, at);
            at = found < 0 ? b.Length : Math.Min(b.Length, found + (mode == 1 ? 1 : 2));
        }

        var bytes = Encoding.UTF8.GetBytes(syntax);
        return (Insert(b, at, bytes), $"{TreeMutations.Quote(syntax)} inserted at byte {at}");
    }

    /// <summary>The billion-laughs shape: <paramref name="levels"/> anchors of ten aliases each, used by the audience.</summary>
    private static (byte[], string) AliasBomb(byte[] b, int levels)
    {
        var sb = new StringBuilder("lol0: &l0 [\"lol\"]\n");
        for (var i = 1; i < levels; i++)
        {
            sb.Append($"lol{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
        }

        sb.Append($"bomb: *l{levels - 1}\n");
        return ([.. Encoding.UTF8.GetBytes(sb.ToString()), .. b], $"an alias bomb of {levels} levels of ten prepended");
    }

    /// <summary>Every line end as CRLF (mode 0), as a lone CR (1), or every other one as CRLF (2).</summary>
    private static (byte[], string) LineEnds(byte[] b, int mode)
    {
        var text = Encoding.Latin1.GetString(b).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var result = mode switch
        {
            0 => string.Join("\r\n", lines),
            1 => string.Join("\r", lines),
            _ => string.Concat(lines.Select((line, i) => i == lines.Length - 1 ? line : line + (i % 2 == 0 ? "\r\n" : "\n"))),
        };
        return (Encoding.Latin1.GetBytes(result), mode switch { 0 => "line ends made CRLF", 1 => "line ends made lone CR", _ => "every other line end made CRLF" });
    }
}
