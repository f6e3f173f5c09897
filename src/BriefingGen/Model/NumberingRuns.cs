namespace BriefingGen.Model;

/// <summary>
/// The runs of page numbers a paper's sections make: a run starts with the first section and with
/// every section that restarts its numbering (an annex's A-1), and goes on through the sections
/// that continue it. "Page 2 of N" counts the pages of its own run, so a body of two pages reads
/// "of 2" even when annexes follow, numbered A-1 and B-1.
/// </summary>
public static class NumberingRuns
{
    /// <summary>The run each section belongs to, by section, counted from 0.</summary>
    public static int[] Of(IReadOnlyList<Section> sections)
    {
        var runs = new int[sections.Count];
        for (var i = 1; i < sections.Count; i++)
        {
            runs[i] = runs[i - 1] + (sections[i].Numbering.Restart ? 1 : 0);
        }

        return runs;
    }

    /// <summary>True for the last section of its run, where the run's last page is.</summary>
    public static bool EndsRun(int[] runs, int section) => section == runs.Length - 1 || runs[section + 1] != runs[section];
}
