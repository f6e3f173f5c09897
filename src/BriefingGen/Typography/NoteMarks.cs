using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// Note marks that follow one another with nothing between them: raised side by side, the marks
/// of notes 1 and 2 read as note 12. Each mark that follows another is flagged
/// (<see cref="FootnoteReference.FollowsNote"/>), and every format that raises marks prints a raised
/// comma before it: ¹,². The rule holds across emphasis and links (<c>*text[^1]*[^2]</c>), and in
/// every language, so it is applied whether or not the pack typesets punctuation.
/// </summary>
internal static class NoteMarks
{
    /// <summary><paramref name="inlines"/> with every mark that follows another flagged; the same list when there is none.</summary>
    public static IReadOnlyList<Inline> Separate(IReadOnlyList<Inline> inlines)
    {
        var afterNote = false;
        return Separate(inlines, ref afterNote);
    }

    private static IReadOnlyList<Inline> Separate(IReadOnlyList<Inline> inlines, ref bool afterNote)
    {
        List<Inline>? changed = null;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            var separated = inline switch
            {
                FootnoteReference note => Mark(note, ref afterNote),
                Strong strong => Rebuilt(strong, strong.Content, ref afterNote, content => strong with { Content = content }),
                Emphasis emphasis => Rebuilt(emphasis, emphasis.Content, ref afterNote, content => emphasis with { Content = content }),
                ShadedText shaded => Rebuilt(shaded, shaded.Content, ref afterNote, content => shaded with { Content = content }),
                Link link => Rebuilt(link, link.Content, ref afterNote, content => link with { Content = content }),
                Text { Value.Length: 0 } => inline,
                _ => Other(inline, ref afterNote),
            };

            if (!ReferenceEquals(separated, inline))
            {
                changed ??= [.. inlines];
                changed[i] = separated;
            }
        }

        return changed ?? inlines;
    }

    private static Inline Mark(FootnoteReference note, ref bool afterNote)
    {
        var follows = afterNote;
        afterNote = true;
        return follows && !note.FollowsNote ? note with { FollowsNote = true } : note;
    }

    private static Inline Rebuilt(Inline container, IReadOnlyList<Inline> content, ref bool afterNote, Func<IReadOnlyList<Inline>, Inline> rebuild)
    {
        var separated = Separate(content, ref afterNote);
        return ReferenceEquals(separated, content) ? container : rebuild(separated);
    }

    private static Inline Other(Inline inline, ref bool afterNote)
    {
        afterNote = false;
        return inline;
    }
}
