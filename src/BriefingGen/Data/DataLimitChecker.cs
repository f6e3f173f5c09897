using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// Checks a data tree against <see cref="DataLimits"/> however it was made — read from a file, or
/// built by a program and handed over as a tree — so no data reaches the templates that is deeper,
/// larger or longer than the limits allow. The walk keeps its own stack, so depth costs no recursion.
/// </summary>
public static class DataLimitChecker
{
    /// <summary>Reports each limit <paramref name="root"/> exceeds, at the value that exceeds it.</summary>
    public static void Check(DataNode root, DataLimits limits, DiagnosticBag diagnostics)
    {
        if (root.Weight > limits.MaxNodes)
        {
            diagnostics.Error(root.Location, "", $"the data holds more than {limits.MaxNodes:N0} values; split it into several papers");
            return;
        }

        var stack = new Stack<(DataNode Node, string Path, int Depth)>();
        stack.Push((root, "", 0));
        while (stack.Count > 0)
        {
            var (node, path, depth) = stack.Pop();
            if (depth > limits.MaxDepth)
            {
                diagnostics.Error(node.Location, path, $"the data is nested more than {limits.MaxDepth} levels deep");
                return;
            }

            switch (node)
            {
                case DataScalar scalar when scalar.Text.Length > limits.MaxTextLength:
                    diagnostics.Error(scalar.Location, path, $"this value is {scalar.Text.Length:N0} characters long; a value may hold at most {limits.MaxTextLength:N0}");
                    break;
                case DataMap map:
                    for (var i = map.Entries.Count - 1; i >= 0; i--)
                    {
                        var entry = map.Entries[i];
                        stack.Push((entry.Value, path.Length == 0 ? entry.Key : $"{path}.{entry.Key}", depth + 1));
                    }

                    break;
                case DataList list:
                    for (var i = list.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push((list.Items[i], $"{path}[{i}]", depth + 1));
                    }

                    break;
            }
        }
    }
}
