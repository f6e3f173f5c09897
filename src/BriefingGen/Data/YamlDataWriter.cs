using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// Writes a data tree as YAML that <see cref="DataLoader"/> reads back as an equal tree: keys in
/// the tree's order, two-space indents, block style, <c>{}</c> and <c>[]</c> for empty maps and
/// lists. Text that would read back as something else (<c>0412</c>, <c>true</c>, <c>null</c>,
/// <c>~</c>, <c>1e3</c>, the empty string, leading or trailing spaces, a leading YAML indicator)
/// is quoted; multi-line prose becomes a literal block (<c>|</c>) and text a literal block cannot
/// hold exactly (<c>\r</c>, control characters, leading blanks) is double-quoted with escapes.
/// Numbers and booleans keep the spelling they were read with. The same tree always gives the same
/// text, so a written file diffs cleanly against the next one.
/// <para>
/// What does not round-trip: YAML turns every line break inside a file into <c>\n</c> on reading
/// (YAML 1.2 §5.4), so a file saved with Windows line endings reads as <c>\n</c> text; a <c>\r</c>
/// that is in the tree is written as an escape and survives. Text with an unpaired surrogate is
/// not valid Unicode: it is written as a <c>\uD800</c>-style escape, which the reader refuses.
/// </para>
/// </summary>
public static class YamlDataWriter
{
    /// <summary>
    /// YAML 1.2 §7.4.2 limits implicit keys (<c>key: value</c>) to 1024 characters; longer keys are
    /// written as explicit ones (<c>? key</c> then <c>: value</c>).
    /// </summary>
    private const int MaxImplicitKey = 1000;

    /// <summary>The tree as YAML text, ending with a line break.</summary>
    /// <exception cref="ArgumentException">A number or boolean scalar's text is not a number or boolean.</exception>
    public static string Write(DataNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var sb = new StringBuilder();
        if (IsBlock(root))
        {
            Block(sb, root, DataPath.Root, 0, onLine: false);
        }
        else
        {
            Leaf(sb, root, DataPath.Root, 2);
        }

        return sb.ToString();
    }

    /// <summary>True for the nodes written over several lines of their own: non-empty maps and lists.</summary>
    private static bool IsBlock(DataNode node) => node is DataMap { Entries.Count: > 0 } or DataList { Items.Count: > 0 };

    /// <summary>
    /// Writes a non-empty map or list with its lines at <paramref name="indent"/>. When
    /// <paramref name="onLine"/> is set the first line is already started (after <c>- </c>), so the
    /// first entry follows on it: the compact <c>- id: R1</c> form.
    /// </summary>
    private static void Block(StringBuilder sb, DataNode node, DataPath path, int indent, bool onLine)
    {
        var first = true;
        if (node is DataMap map)
        {
            foreach (var entry in map.Entries)
            {
                StartLine(sb, indent, ref first, onLine);
                var key = YamlText.Inline(entry.Key);
                if (key.Length <= MaxImplicitKey)
                {
                    sb.Append(key).Append(':');
                }
                else
                {
                    sb.Append("? ").Append(key).Append('\n').Append(' ', indent).Append(':');
                }

                AfterIndicator(sb, entry.Value, path.Append(entry.Key), indent);
            }

            return;
        }

        var list = (DataList)node;
        for (var i = 0; i < list.Items.Count; i++)
        {
            StartLine(sb, indent, ref first, onLine);
            var item = list.Items[i];
            if (IsBlock(item))
            {
                sb.Append("- ");
                Block(sb, item, path.Append(i), indent + 2, onLine: true);
            }
            else
            {
                sb.Append('-');
                AfterIndicator(sb, item, path.Append(i), indent);
            }
        }
    }

    private static void StartLine(StringBuilder sb, int indent, ref bool first, bool onLine)
    {
        if (!(first && onLine))
        {
            sb.Append(' ', indent);
        }

        first = false;
    }

    /// <summary>Writes a value after the <c>key:</c> or <c>-</c> of a line indented by <paramref name="indent"/>.</summary>
    private static void AfterIndicator(StringBuilder sb, DataNode value, DataPath path, int indent)
    {
        if (IsBlock(value))
        {
            sb.Append('\n');
            Block(sb, value, path, indent + 2, onLine: false);
        }
        else
        {
            sb.Append(' ');
            Leaf(sb, value, path, indent + 2);
        }
    }

    /// <summary>Writes a scalar, <c>{}</c> or <c>[]</c> and ends the line; a literal block's lines go at <paramref name="blockIndent"/>.</summary>
    private static void Leaf(StringBuilder sb, DataNode node, DataPath path, int blockIndent)
    {
        switch (node)
        {
            case DataMap:
                sb.Append("{}\n");
                return;
            case DataList:
                sb.Append("[]\n");
                return;
        }

        var scalar = (DataScalar)node;
        if (scalar.Kind != ScalarKind.String)
        {
            sb.Append(ScalarSpelling.Yaml(scalar, path)).Append('\n');
        }
        else if (YamlText.IsLiteralSafe(scalar.Text))
        {
            Literal(sb, scalar.Text, blockIndent);
        }
        else
        {
            sb.Append(YamlText.Inline(scalar.Text)).Append('\n');
        }
    }

    /// <summary>
    /// Writes a literal block. The chomping indicator keeps the trailing line breaks exact: <c>|-</c>
    /// for none, <c>|</c> for one, <c>|+</c> for more (YAML 1.2 §8.1.1.2).
    /// </summary>
    private static void Literal(StringBuilder sb, string text, int indent)
    {
        var body = text.TrimEnd('\n');
        var trailing = text.Length - body.Length;
        sb.Append(trailing switch { 0 => "|-", 1 => "|", _ => "|+" }).Append('\n');
        var lines = (trailing > 1 ? text[..^1] : body).Split('\n');
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                sb.Append(' ', indent).Append(line);
            }

            sb.Append('\n');
        }
    }
}
