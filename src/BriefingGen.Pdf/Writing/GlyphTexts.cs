using System.Text;
using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Which characters each glyph of a run stands for, so the ToUnicode map lets readers copy and
/// search the text. A ligature's glyph maps to all its letters. A cluster drawn as several glyphs
/// (an emoji sequence a font has no single picture for, a flag, a skin tone) maps glyph by glyph
/// to its characters in order, when there are as many glyphs as characters, or as characters that
/// draw something (joiners and variation selectors then go with the glyph before them). Otherwise
/// the first glyph maps to the whole cluster and the others to nothing.
/// </summary>
/// <remarks>
/// The map is one text per glyph for the whole font. Giving a whole cluster's text to a glyph that
/// also appears on its own (the woman of 👩‍👩‍👧) would make every later use of it read as
/// the cluster, and the cluster itself read twice.
/// </remarks>
internal static class GlyphTexts
{
    /// <summary>The text of each glyph of <paramref name="run"/>, by glyph index.</summary>
    public static string[] Of(ShapedRun run)
    {
        var clusters = run.Glyphs.Select(g => g.Cluster).Distinct().Order().ToArray();
        var texts = new string[run.Glyphs.Count];
        var i = 0;
        while (i < run.Glyphs.Count)
        {
            var cluster = run.Glyphs[i].Cluster;
            var count = 1;
            while (i + count < run.Glyphs.Count && run.Glyphs[i + count].Cluster == cluster)
            {
                count++;
            }

            var next = Array.BinarySearch(clusters, cluster) + 1;
            var end = next < clusters.Length ? clusters[next] : run.Text.Length;
            var text = cluster < run.Text.Length ? run.Text[cluster..Math.Max(cluster, end)] : "";
            Assign(texts, i, count, count == 1 ? OneGlyphText(text) : text);
            i += count;
        }

        return texts;
    }

    /// <summary>
    /// The text one glyph stands for, in the spelling every other way to that glyph has: a font
    /// draws "ﬁ" (U+FB01) with its fi ligature and "Å" (U+212B, the ångström sign) with its Å, and
    /// the map keeps one text per glyph, so whichever came first would be how every fi or Å of the
    /// paper copies. Composed (NFC), with the Latin and Armenian ligature characters spelt out.
    /// </summary>
    private static string OneGlyphText(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return composed.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB17') < 0 ? composed : composed.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>Gives the <paramref name="count"/> glyphs from <paramref name="first"/> the characters of <paramref name="text"/>.</summary>
    private static void Assign(string[] texts, int first, int count, string text)
    {
        texts[first] = text;
        for (var g = 1; g < count; g++)
        {
            texts[first + g] = "";
        }

        if (count == 1)
        {
            return;
        }

        // A font may keep a joiner as a glyph of its own (empty and zero-width): then each character has its glyph.
        var oneEach = text.EnumerateRunes().Count() == count;
        if (!oneEach && Drawn(text) != count)
        {
            return;
        }

        var glyph = -1;
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (oneEach || !IsInvisible(rune) || glyph < 0)
            {
                if (glyph >= 0)
                {
                    texts[first + glyph] = builder.ToString();
                    builder.Clear();
                }

                glyph++;
            }

            builder.Append(rune.ToString());
        }

        texts[first + glyph] = builder.ToString();
    }

    /// <summary>How many characters of <paramref name="text"/> draw something of their own.</summary>
    private static int Drawn(string text)
    {
        var drawn = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            drawn += IsInvisible(rune) ? 0 : 1;
        }

        return drawn;
    }

    /// <summary>Joiners and variation selectors: characters that change how others are drawn but draw nothing.</summary>
    private static bool IsInvisible(Rune rune) =>
        rune.Value is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0xE0020 and <= 0xE007F);
}
