using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Binding;

/// <summary>
/// How a document's numbered lists count, as Word counts them: paragraphs of numbering instances
/// that share a definition count on in one list, and an instance that restarts a level (a start
/// override, or a level of its own) starts it again where it is first used. Reading a field back
/// as Markdown writes each list from the number it shows, so a list that began at 3 still begins
/// at 3 after an edit anywhere in the field, and a list an editor split over two instances (as
/// LibreOffice saves one) still counts on.
/// </summary>
internal sealed class ListNumbering
{
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _definitions = [];

    private ListNumbering(IEnumerable<NumberingInstance> instances, IEnumerable<AbstractNum> definitions)
    {
        foreach (var instance in instances)
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }

        foreach (var definition in definitions)
        {
            if (definition.AbstractNumberId?.Value is { } id)
            {
                _definitions.TryAdd(id, definition);
            }
        }
    }

    /// <summary>For a document being written: the instances the numbering builder has made so far, whose definitions all count from 1.</summary>
    public static ListNumbering Of(WordStyles.NumberingBuilder numbering) => new(numbering.Instances, []);

    /// <summary>For a document read back: its numbering part.</summary>
    public static ListNumbering Of(Numbering? numbering) =>
        new(numbering?.Elements<NumberingInstance>() ?? [], numbering?.Elements<AbstractNum>() ?? []);

    /// <summary>The list instance <paramref name="numId"/> counts in: its definition's id, or, for an instance the document does not define, a list of its own.</summary>
    public long ListOf(int numId) =>
        _instances.GetValueOrDefault(numId)?.AbstractNumId?.Val?.Value is { } definition ? definition : -1L - numId;

    /// <summary>The number instance <paramref name="numId"/> starts level <paramref name="level"/> again from, where it is first used; null when it counts on.</summary>
    public int? RestartOf(int numId, int level)
    {
        var levelOverride = _instances.GetValueOrDefault(numId)?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        return levelOverride?.StartOverrideNumberingValue?.Val?.Value ?? levelOverride?.Level?.StartNumberingValue?.Val?.Value ?? (levelOverride?.Level is null ? null : 1);
    }

    /// <summary>The first number of level <paramref name="level"/> of the list instance <paramref name="numId"/> counts in; 1 when the document does not say.</summary>
    public int StartOf(int numId, int level)
    {
        var definition = _instances.GetValueOrDefault(numId)?.AbstractNumId?.Val?.Value is { } id ? _definitions.GetValueOrDefault(id) : null;
        return definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.StartNumberingValue?.Val?.Value ?? 1;
    }
}
