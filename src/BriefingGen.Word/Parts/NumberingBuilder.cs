using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Builds real Word numbering: one bullet definition, one ordered definition that each numbered
/// list restarts with its own instance, and a multilevel definition linked to Heading 1–3 when the
/// theme numbers headings. Word then renumbers as the user edits.
/// </summary>
internal sealed class NumberingBuilder
{
    private const int BulletAbstract = 1;
    private const int OrderedAbstract = 2;
    private const int HeadingAbstract = 3;
    private const int Levels = 9;
    private readonly List<NumberingInstance> _instances = [];

    /// <summary>Creates the builder; bullets are instance 1 and heading numbering instance 2.</summary>
    public NumberingBuilder()
    {
        BulletId = Add(BulletAbstract, null);
        HeadingId = Add(HeadingAbstract, null);
    }

    /// <summary>The numbering instance every bulleted list shares.</summary>
    public int BulletId { get; }

    /// <summary>The numbering instance of numbered headings.</summary>
    public int HeadingId { get; }

    /// <summary>A fresh numbering instance for one ordered list, so it counts from <paramref name="start"/>.</summary>
    public int NewOrderedList(int level, int start) => Add(OrderedAbstract, (level, start));

    /// <summary>The numbering part's content; abstract definitions must precede instances.</summary>
    public Numbering Build(bool numberHeadings)
    {
        var numbering = new Numbering(Bullets(), Ordered());
        if (numberHeadings)
        {
            numbering.Append(Headings());
        }

        foreach (var instance in _instances.Where(i => numberHeadings || i.AbstractNumId?.Val?.Value != HeadingAbstract))
        {
            numbering.Append(instance);
        }

        return numbering;
    }

    /// <summary>Where the text of a list item at <paramref name="level"/> starts, in twips.</summary>
    public static int TextIndent(bool ordered, int level) => ordered ? 397 + (level * 397) : 340 + (level * 340);

    private int Add(int abstractId, (int Level, int Start)? restart)
    {
        var id = _instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restart is { } r)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = r.Start }) { LevelIndex = r.Level });
        }

        _instances.Add(instance);
        return id;
    }

    private static AbstractNum Bullets()
    {
        string[] symbols = ["•", "–", "▪"];
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = BulletAbstract };
        for (var i = 0; i < Levels; i++)
        {
            abstractNum.Append(Level(i, NumberFormatValues.Bullet, symbols[i % symbols.Length], TextIndent(false, i), 284));
        }

        return abstractNum;
    }

    private static AbstractNum Ordered()
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = OrderedAbstract };
        for (var i = 0; i < Levels; i++)
        {
            var (format, text) = (i % 3) switch
            {
                0 => (NumberFormatValues.Decimal, $"%{i + 1}."),
                1 => (NumberFormatValues.LowerLetter, $"%{i + 1})"),
                _ => (NumberFormatValues.LowerRoman, $"%{i + 1}."),
            };
            abstractNum.Append(Level(i, format, text, TextIndent(true, i), 397));
        }

        return abstractNum;
    }

    private static AbstractNum Headings()
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = HeadingAbstract };
        for (var i = 0; i < Levels; i++)
        {
            var text = string.Join('.', Enumerable.Range(1, i + 1).Select(n => $"%{n}"));
            var level = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = i < 3 ? NumberFormatValues.Decimal : NumberFormatValues.None },
                new ParagraphStyleIdInLevel { Val = StyleIds.Heading(i + 1) },
                new LevelText { Val = i < 3 ? text : "" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = i < 3 ? "567" : "0", Hanging = i < 3 ? "567" : "0" }))
            { LevelIndex = i };
            abstractNum.Append(level);
        }

        return abstractNum;
    }

    private static Level Level(int index, NumberFormatValues format, string text, int left, int hanging)
    {
        OpenXmlElement[] children =
        [
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        ];
        return new Level(children) { LevelIndex = index };
    }
}
