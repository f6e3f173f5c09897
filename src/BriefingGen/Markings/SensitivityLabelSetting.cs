namespace BriefingGen.Markings;

/// <summary>A pack's tie from a marking to a Microsoft sensitivity label (<c>sensitivity_labels</c> in template.yaml).</summary>
/// <param name="Id">The label's GUID.</param>
/// <param name="SiteId">The tenant's GUID.</param>
public sealed record SensitivityLabelSetting(Guid Id, Guid SiteId);
