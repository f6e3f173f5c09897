namespace BriefingGen.Model;

/// <summary>
/// A Microsoft Purview sensitivity label a pack ties to a marking, so that Word shows the label
/// the organisation's tenant knows (its <c>MSIP_Label_*</c> custom properties).
/// </summary>
/// <param name="Id">The label's GUID in the tenant.</param>
/// <param name="SiteId">The tenant's GUID.</param>
/// <param name="Name">The label's name as Word shows it.</param>
public sealed record SensitivityLabel(Guid Id, Guid SiteId, string Name);
