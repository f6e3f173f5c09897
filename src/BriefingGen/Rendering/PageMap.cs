using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// What laying the paper out in pages learnt that the other formats print too: how many pages
/// there are, the printed page number of every heading (for a contents list), and the running
/// texts as they fit their line. Word cannot lay pages out without Word, so a .docx takes these
/// from the PDF layout and stores them as its fields' current results: the file is right when
/// opened, and Word's own update gives the same numbers as long as the reader has the same fonts.
/// </summary>
/// <param name="PageCount">The number of pages in the whole paper.</param>
/// <param name="PageLabels">The printed page number (in its section's numbering) of each destination, by id.</param>
public sealed record PageMap(int PageCount, IReadOnlyDictionary<string, string> PageLabels)
{
    /// <summary>Each section's furniture, a left text too long for its line shortened at a word boundary; empty when not worked out.</summary>
    public IReadOnlyList<PageFurniture> Furniture { get; init; } = [];

    /// <summary>
    /// What a page count prints in each section, by section: the last page number of the section's
    /// run of numbers (<see cref="NumberingRuns"/>) in its format, without a prefix ("6" for a body
    /// of six pages, "2" in an annex numbered ); empty when not worked out.
    /// </summary>
    public IReadOnlyList<string> Counts { get; init; } = [];

    /// <summary>What a page count prints in section <paramref name="section"/>: its run's count, else the whole paper's.</summary>
    public string CountIn(int section) =>
        section < Counts.Count ? Counts[section] : PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The printed page number of <paramref name="destination"/>, or null when it is not on any page.</summary>
    public string? LabelOf(string destination) => PageLabels.TryGetValue(destination, out var label) ? label : null;

    /// <summary><paramref name="document"/> with the fitted furniture put in place of each section's own.</summary>
    public Document WithFittedFurniture(Document document) =>
        Furniture.Count != document.Sections.Count
            ? document
            : document with { Sections = document.Sections.Select((s, i) => s with { Furniture = Furniture[i] }).ToList() };
}
