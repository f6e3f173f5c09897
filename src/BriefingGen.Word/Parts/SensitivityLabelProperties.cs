using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Word.Parts;

/// <summary>
/// The custom properties by which Word and Microsoft Purview recognise a sensitivity label
/// (<c>MSIP_Label_&lt;id&gt;_Enabled</c>, <c>_SetDate</c>, <c>_Method</c>, <c>_Name</c>,
/// <c>_SiteId</c>, <c>_ActionId</c>, <c>_ContentBits</c>). The date is the paper's own, never the
/// clock, and the action id is derived from the label and the paper, so the same input gives the
/// same file.
/// </summary>
internal static class SensitivityLabelProperties
{
    /// <summary>The properties, by name, in the order Office writes them.</summary>
    public static IReadOnlyList<(string Name, string Value)> For(SensitivityLabel label, DocumentMetadata metadata)
    {
        var id = label.Id.ToString("D", CultureInfo.InvariantCulture);
        var prefix = $"MSIP_Label_{id}_";
        var properties = new List<(string, string)> { (prefix + "Enabled", "true") };
        if (metadata.Date is { } date)
        {
            properties.Add((prefix + "SetDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z"));
        }

        properties.Add((prefix + "Method", "Standard"));
        properties.Add((prefix + "Name", label.Name));
        properties.Add((prefix + "SiteId", label.SiteId.ToString("D", CultureInfo.InvariantCulture)));
        properties.Add((prefix + "ActionId", ActionId(label, metadata).ToString("D", CultureInfo.InvariantCulture)));
        // No header, footer or watermark of the label's own: the paper's banners already show the marking.
        properties.Add((prefix + "ContentBits", "0"));
        return properties;
    }

    /// <summary>A GUID made from the label and what identifies the paper, in place of Office's random one.</summary>
    private static Guid ActionId(SensitivityLabel label, DocumentMetadata metadata)
    {
        var seed = string.Join("\n", label.Id, label.SiteId, metadata.Title, metadata.Reference, metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return new Guid(hash.AsSpan(0, 16));
    }
}
