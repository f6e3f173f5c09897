using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Which characters each glyph of a run stands for, so the ToUnicode map lets readers copy and
/// search the text: a ligature's glyph maps to all its letters; the extra glyphs of a cluster map
/// to nothing.
/// </summary>
internal static class GlyphTexts
{
    /// <summary>The text of each glyph of <paramref name="run"/>, by glyph index.</summary>
    public static string[] Of(ShapedRun run)
    {
        var clusters = run.Glyphs.Select(g => g.Cluster).Distinct().Order().ToArray();
        var texts = new string[run.Glyphs.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < run.Glyphs.Count; i++)
        {
            var cluster = run.Glyphs[i].Cluster;
            if (!seen.Add(cluster) || cluster >= run.Text.Length)
            {
                texts[i] = "";
                continue;
            }

            var next = Array.BinarySearch(clusters, cluster) + 1;
            var end = next < clusters.Length ? clusters[next] : run.Text.Length;
            texts[i] = run.Text[cluster..end];
        }

        return texts;
    }
}
