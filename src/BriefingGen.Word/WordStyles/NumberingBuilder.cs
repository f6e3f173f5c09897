using System.Globalization;
using BriefingGen.Styling;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Builds real Word numbering from the stylesheet's list levels: one bullet definition, one
/// ordered definition that each numbered list restarts with its own instance, and a multilevel
/// definition linked to Heading 1–3 when headings are numbered. Word then renumbers as the user edits.
/// The List Bullet and List Number styles are bound to instances of their own, so a paragraph
/// given either style from the gallery gets a bullet or a number.
/// </summary>
internal sealed class NumberingBuilder
{
    private const int BulletAbstract = 1;
    private const int OrderedAbstract = 2;
    private const int HeadingAbstract = 3;
    private readonly StyleSheet _sheet;
    private readonly List<NumberingInstance> _instances = [];

    /// <summary>Creates the builder; bullets are instance 1, heading numbering 2 and the List Number style's 3.</summary>
    public NumberingBuilder(StyleSheet sheet)
    {
        _sheet = sheet;
        BulletId = Add(BulletAbstract, null);
        HeadingId = Add(HeadingAbstract, null);
        NumberStyleId = Add(OrderedAbstract, null);
    }

    /// <summary>The numbering instance every bulleted list shares, and the List Bullet style's.</summary>
    public int BulletId { get; }

    /// <summary>The numbering instance of numbered headings.</summary>
    public int HeadingId { get; }

    /// <summary>
    /// The List Number style's numbering instance: paragraphs a user puts in that style count on
    /// through the document, as in Word; the lists we write each have their own, so they restart.
    /// </summary>
    public int NumberStyleId { get; }

    /// <summary>The numbering instances the styles are bound to.</summary>
    public StyleNumbering ForStyles => new(_sheet.NumberHeadings ? HeadingId : null, BulletId, NumberStyleId);

    /// <summary>A fresh numbering instance for one ordered list, so it counts from <paramref name="start"/>.</summary>
    public int NewOrderedList(int level, int start) => Add(OrderedAbstract, (level, start));

    /// <summary>
    /// The highest start a list keeps in a .docx (a signed 16-bit number): LibreOffice numbers a
    /// list given a larger start from 1.
    /// </summary>
    public const int MaxStart = 32_767;

    /// <summary>
    /// A numbering instance for one item of an ordered list that counts past <see cref="MaxStart"/>:
    /// its level shows <paramref name="number"/> as literal text, marked as the PDF marks it. Its
    /// start is the number too, which Word does not count from (the text has no placeholder) but
    /// reading the field back does.
    /// </summary>
    public int NewLiteralItem(int level, int number)
    {
        var look = _sheet.ListLevel(true, level);
        var id = _instances.Count + 1;
        var instance = new NumberingInstance(
            new AbstractNumId { Val = OrderedAbstract },
            new LevelOverride(Level(level, look, NumberFormatValues.Decimal, look.Marker(number), number)) { LevelIndex = level })
        { NumberID = id };
        _instances.Add(instance);
        return id;
    }

    /// <summary>The numbering instances made so far, in order of their ids.</summary>
    public IReadOnlyList<NumberingInstance> Instances => _instances;

    /// <summary>The numbering part's content; abstract definitions must precede instances.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering(Levels(BulletAbstract, _sheet.Bullets), Levels(OrderedAbstract, _sheet.Numbers));
        if (_sheet.NumberHeadings)
        {
            numbering.Append(Headings());
        }

        foreach (var instance in _instances.Where(i => _sheet.NumberHeadings || i.AbstractNumId?.Val?.Value != HeadingAbstract))
        {
            numbering.Append(instance);
        }

        return numbering;
    }

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

    private static AbstractNum Levels(int abstractId, IReadOnlyList<ListLevelLook> looks)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = abstractId };
        for (var i = 0; i < looks.Count; i++)
        {
            var look = looks[i];
            var (format, text) = look.Format switch
            {
                "decimal" => (NumberFormatValues.Decimal, $"%{i + 1}{look.Suffix}"),
                "lower-letter" => (NumberFormatValues.LowerLetter, $"%{i + 1}{look.Suffix}"),
                "lower-roman" => (NumberFormatValues.LowerRoman, $"%{i + 1}{look.Suffix}"),
                _ => (NumberFormatValues.Bullet, look.Format),
            };
            abstractNum.Append(Level(i, look, format, text, 1));
        }

        return abstractNum;
    }

    /// <summary>One level of a definition: its marker, the number it counts from, and its indents.</summary>
    private static Level Level(int index, ListLevelLook look, NumberFormatValues format, string text, int start) =>
        new(
            new StartNumberingValue { Val = start },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = Twips(look.TextIndent), Hanging = Twips(look.Hanging) }))
        { LevelIndex = index };

    private AbstractNum Headings()
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = HeadingAbstract };
        var indent = Twips(_sheet.HeadingNumberIndent);
        for (var i = 0; i < 9; i++)
        {
            var text = string.Join('.', Enumerable.Range(1, i + 1).Select(n => $"%{n}"));
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = i < 3 ? NumberFormatValues.Decimal : NumberFormatValues.None },
                new ParagraphStyleIdInLevel { Val = StyleIds.Heading(i + 1) },
                new LevelText { Val = i < 3 ? text : "" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = i < 3 ? indent : "0", Hanging = i < 3 ? indent : "0" }))
            { LevelIndex = i });
        }

        return abstractNum;
    }

    private static string Twips(double pt) => Units.PtToTwips(pt).ToString(CultureInfo.InvariantCulture);
}
