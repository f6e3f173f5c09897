using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Markings;

/// <summary>
/// The banner text of a marking written in some other paper's data, for a step that summarises
/// papers (a digest): a plain text as it is, a marking object settled by the built-in schemes'
/// rules, with the same diagnostics a render of that paper would give.
/// </summary>
internal static class MarkingBanner
{
    /// <summary>The banner of <paramref name="node"/>, or null when it marks nothing or is wrong (then reported).</summary>
    public static string? Of(DataNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is null || MarkingDataReader.Read(node, path, diagnostics) is not { } request)
        {
            return null;
        }

        var rules = new MarkingRules(MarkingSchemeSet.BuiltIn, null, CultureInfo.InvariantCulture, null, "yyyy-MM-dd", new Dictionary<string, SensitivityLabelSetting>(), diagnostics);
        var marking = rules.Apply(request, []).Document;
        return marking is null ? null : marking.Scheme is null ? marking.Level : marking.Banner;
    }
}
