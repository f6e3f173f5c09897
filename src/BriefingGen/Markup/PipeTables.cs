using System.Text;
using BriefingGen.Compose;
using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>
/// Finds GitHub-style pipe tables in Markdown and sets them aside as slots before Markdig parses
/// the rest. Markdig reads a pipe table as inline text first and rebuilds it, which takes time
/// that grows with the square of its rows; this reads each line once, so a generated table of
/// thousands of rows costs no more per row than one of ten. Fenced code is left alone. A
/// <c>table_options</c> mark on the line right above a table is folded into it.
/// </summary>
internal static class PipeTables
{
    /// <summary><paramref name="markdown"/> with every table replaced by a block mark for its slot.</summary>
    public static string Extract(string markdown, SlotTable slots)
    {
        if (!markdown.Contains('|', StringComparison.Ordinal))
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        var output = new StringBuilder(markdown.Length);
        string? fence = null;
        TableOptions? options = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart(' ');
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                Append(output, line, i, lines.Length);
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..(trimmed.TakeWhile(c => c == trimmed[0]).Count())];
                Append(output, line, i, lines.Length);
                continue;
            }

            // The options line becomes blank, so the lines after it keep their numbers for messages.
            if (OptionsOn(line, slots) is { } pending && TableStart(lines, i + 1) is not null)
            {
                options = pending;
                Append(output, "", i, lines.Length);
                continue;
            }

            if (TableStart(lines, i) is { } columns)
            {
                var rows = new List<IReadOnlyList<string>>();
                var next = i + 2;
                while (next < lines.Length && lines[next].Trim().Length > 0 && lines[next].Contains('|', StringComparison.Ordinal))
                {
                    rows.Add(Cells(lines[next]));
                    next++;
                }

                var table = new PipeTable(Cells(line), columns.Select(c => c.Alignment).ToList(), columns.Select(c => c.Dashes).ToList(), rows, i + 1) { Options = options };
                options = null;

                // A table may follow a line of text directly, as in GitHub's Markdown, and ends
                // that paragraph: its mark goes after a blank line, on the separator row's line,
                // or Markdig would read the mark as more of the paragraph's text.
                var mark = i + 1;
                if (!EndsWithBlankLine(output))
                {
                    output.Append('\n');
                    mark++;
                }

                output.Append(line.AsSpan(0, Indent(line))).Append(slots.Add(new TableSlot(table)));

                // The table's lines become one; blank lines keep the line count for messages after it.
                for (var skipped = mark; skipped < next; skipped++)
                {
                    output.Append('\n');
                }

                i = next - 1;
                if (i + 1 < lines.Length)
                {
                    output.Append('\n');
                }

                continue;
            }

            Append(output, line, i, lines.Length);
        }

        return output.ToString();
    }

    /// <summary>The columns of the table whose header is line <paramref name="index"/>, or null when no table starts there.</summary>
    private static List<(CellAlignment? Alignment, int Dashes)>? TableStart(string[] lines, int index)
    {
        if (index + 1 >= lines.Length || Indent(lines[index]) >= 4 || !lines[index].Contains('|', StringComparison.Ordinal))
        {
            return null;
        }

        return Separator(lines[index + 1]) is { } columns && Cells(lines[index]).Count == columns.Count ? columns : null;
    }

    /// <summary>The options a line holds when it is a <c>table_options</c> mark and nothing else, or null.</summary>
    private static TableOptions? OptionsOn(string line, SlotTable slots)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 3 || trimmed[0] != SlotMarks.BlockOpen || trimmed.IndexOf(SlotMarks.BlockClose) != trimmed.Length - 1)
        {
            return null;
        }

        var parts = SlotMarks.Split(trimmed).ToList();
        return parts is [{ Text: null, IsBlock: true } mark] && slots.Get(mark.Slot) is BlockSlot { Block: TableOptions options } ? options : null;
    }

    private static bool ClosesLater(string line, int from, int run)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] != '`')
            {
                continue;
            }

            var length = 1;
            while (i + length < line.Length && line[i + length] == '`')
            {
                length++;
            }

            if (length == run)
            {
                return true;
            }

            i += length - 1;
        }

        return false;
    }

    private static void Append(StringBuilder output, string line, int index, int count)
    {
        output.Append(line);
        if (index + 1 < count)
        {
            output.Append('\n');
        }
    }

    /// <summary>True when nothing has been written yet, or the last whole line written holds only spaces.</summary>
    private static bool EndsWithBlankLine(StringBuilder output)
    {
        // The output ends with the newline of the line before the table, if there was one.
        for (var i = output.Length - 2; i >= 0; i--)
        {
            if (output[i] == '\n')
            {
                return true;
            }

            if (output[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The columns of a separator row such as <c>|---|:--:|--:|</c>, or null when the line is not one.</summary>
    private static List<(CellAlignment? Alignment, int Dashes)>? Separator(string line)
    {
        var cells = Cells(line);
        if (cells.Count == 0 || Indent(line) >= 4)
        {
            return null;
        }

        var columns = new List<(CellAlignment?, int)>(cells.Count);
        foreach (var cell in cells)
        {
            var left = cell.StartsWith(':');
            var right = cell.EndsWith(':') && cell.Length > 1;
            var dashes = cell.Trim(':');
            if (dashes.Length == 0 || dashes.Any(c => c != '-'))
            {
                return null;
            }

            // A column without colons has no alignment of its own: its content decides (numbers go right).
            columns.Add((right && left ? CellAlignment.Center : right ? CellAlignment.Right : left ? CellAlignment.Left : null, dashes.Length));
        }

        return columns;
    }

    /// <summary>
    /// The cells of a row: split at pipes that are neither escaped nor inside a code span, trimmed,
    /// with the empty cells that leading and trailing pipes make dropped, and <c>\|</c> read as a pipe.
    /// </summary>
    internal static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var code = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append(code > 0 ? "\\|" : "|");
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < line.Length)
            {
                cell.Append(c).Append(line[i + 1]);
                i++;
                continue;
            }

            if (c == '`')
            {
                var run = 1;
                while (i + run < line.Length && line[i + run] == '`')
                {
                    run++;
                }

                // A run opens a code span only if a run of the same length closes it later on the line.
                code = code == run ? 0 : code == 0 && ClosesLater(line, i + run, run) ? run : code;
                cell.Append('`', run);
                i += run - 1;
                continue;
            }

            if (c == '|' && code == 0)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                continue;
            }

            cell.Append(c);
        }

        cells.Add(cell.ToString().Trim());
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|') && cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }
}
