namespace BriefingGen.Components.Charts;

/// <summary>How an axis writes its values; the digits and signs are the document's culture's.</summary>
public enum ValueFormat
{
    /// <summary>Grouped thousands, decimals only where the value has them: 1 234,5 or 1,234.5.</summary>
    Number,

    /// <summary>A fraction as a percentage: 0.12 is 12 % in Norwegian, 12% in English.</summary>
    Percent,

    /// <summary>Always one decimal: 3,0 or 3.0.</summary>
    Decimal1,
}
