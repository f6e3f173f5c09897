using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>
/// Reads one line of furniture a template made: the pack's own text, whose <c>{page}</c> and
/// <c>{pages}</c> become fields, and slots, whose data stays literal.
/// </summary>
internal static class FurnitureLine
{
    /// <summary>The inlines of <paramref name="line"/>.</summary>
    public static IReadOnlyList<Inline> Read(string line, SlotTable slots)
    {
        var inlines = new List<Inline>();
        foreach (var (text, id, _) in SlotMarks.Split(line.Trim()))
        {
            if (text is not null)
            {
                inlines.AddRange(Placeholders.Expand(Data.TextCleaner.Clean(text, out _).Replace('\n', ' ').Replace('\r', ' ')));
                continue;
            }

            switch (slots.Get(id))
            {
                case InlineSlot inline:
                    inlines.AddRange(inline.Inlines);
                    break;
                case ProseSlot prose:
                    inlines.Add(new Text(DataText.Fold(prose.Markdown)) { Origin = prose.Origin });
                    break;
                case BlockSlot block:
                    inlines.Add(new Text(InlineText.Of([block.Block])));
                    break;
            }
        }

        // The pack's own words and placeholders come in pieces; plain neighbours read as one run.
        for (var i = inlines.Count - 1; i > 0; i--)
        {
            if (inlines[i] is Text { Origin: null, Language: null } next && inlines[i - 1] is Text { Origin: null, Language: null } previous)
            {
                inlines[i - 1] = previous with { Value = previous.Value + next.Value };
                inlines.RemoveAt(i);
            }
        }

        return inlines;
    }
}
