using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Data.Schema;

namespace BriefingGen.Rendering;

/// <summary>
/// The data a paper was made from, with the pack that made it and what its schema says about each
/// value, for outputs that carry their data with them: a Word paper keeps it in the file and binds
/// its fields to it, so the data can be read back after the paper was edited.
/// </summary>
public sealed class PaperData
{
    /// <summary>The widest range of whole numbers offered as a list of choices.</summary>
    private const int MaxRangeChoices = 100;

    private readonly SchemaNode _schema;

    /// <summary>A paper's data with no schema: every value may be anything.</summary>
    /// <param name="data">The data as read.</param>
    /// <param name="pack">The pack's name.</param>
    /// <param name="version">The pack's version, or empty.</param>
    public PaperData(DataNode data, string pack, string version)
        : this(data, SchemaNode.Any, pack, version)
    {
    }

    internal PaperData(DataNode data, SchemaNode schema, string pack, string version)
    {
        Data = data;
        _schema = schema;
        Pack = pack;
        Version = version;
    }

    /// <summary>The data as read.</summary>
    public DataNode Data { get; }

    /// <summary>The name of the pack that made the paper.</summary>
    public string Pack { get; }

    /// <summary>The pack's version, or empty.</summary>
    public string Version { get; }

    /// <summary>The value at <paramref name="path"/> and what the schema says of it, or null when the data has no such value.</summary>
    public DataField? Describe(DataPath path)
    {
        DataNode node = Data;
        var schema = _schema;
        var label = new FieldLabel();
        var segments = path.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (node, segment.Key)
            {
                case (DataMap map, { } key) when map[key] is { } child:
                    schema = schema.Properties.TryGetValue(key, out var property) ? property : SchemaNode.Any;
                    label.Key(key, listFollows: i + 1 < segments.Count && !segments[i + 1].IsKey);
                    node = child;
                    break;
                case (DataList list, null) when segment.Index < list.Items.Count:
                    node = list.Items[segment.Index];
                    schema = schema.Items ?? SchemaNode.Any;
                    label.Item(segment.Index, node);
                    break;
                default:
                    return null;
            }
        }

        return new DataField(path, label.ToString(), node as DataScalar)
        {
            IsMarkdown = schema.IsMarkdown,
            AllowedValues = Allowed(schema),
            Types = schema.Types,
        };
    }

    private static IReadOnlyList<string>? Allowed(SchemaNode schema)
    {
        if (schema.Enum is { Count: > 0 } values)
        {
            return values;
        }

        if (schema.Types is ["integer"] && schema.Minimum is { } min && schema.Maximum is { } max
            && min == Math.Ceiling(min) && max == Math.Floor(max) && max >= min && max - min < MaxRangeChoices)
        {
            return Enumerable.Range((int)min, (int)(max - min) + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        }

        return null;
    }
}
